/**
 * The part of papaparse that core/ uses, typed here because @types/papaparse pulls in Node's
 * types (`/// <reference types="node" />`), which would let Node globals compile in core/.
 * tsconfig.core.json maps `papaparse` to this file; the other configs, which may see Node,
 * use @types/papaparse, so core code type-checks against both.
 */
export type ParserStepResult = {
  /** In step mode, a table of one row. */
  data: string[][];
  errors: { type: string; code: string; message: string; row?: number; index?: number }[];
  meta: { cursor: number; delimiter: string; linebreak: string; aborted: boolean; truncated: boolean };
};

export type ParserConfig = {
  delimiter?: string;
  newline?: '\n' | '\r\n' | '\r';
  step?: (result: ParserStepResult) => void;
};

/** papaparse's low-level parser: quoting and delimiters only, no header or type guessing. */
export declare class Parser {
  constructor(config: ParserConfig);
  parse(input: string, baseIndex: number, ignoreLastRow: boolean): unknown;
}

declare const Papa: { Parser: typeof Parser };
export default Papa;
