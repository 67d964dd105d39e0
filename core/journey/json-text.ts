/**
 * JSON text to value, with syntax errors located by line and column.
 *
 * `JSON.parse` messages differ between engines (V8 gives a character offset or none at all,
 * Firefox gives a line and column) and some echo the input, so on failure we rescan the text
 * with a small scanner of our own: the same file gives the same message in Electron, a
 * browser, a worker and the command line. The scanner is iterative, so deeply nested input
 * cannot overflow the stack, and it only runs once JSON.parse has already failed.
 */

import type { ImportErrorCode } from './import-error-codes';

export type JsonTextResult =
  | { ok: true; value: unknown }
  | ({ ok: false; line: number; column: number } & SyntaxWords);

/** The English wording of a syntax error, with its code and values for other languages. */
export type SyntaxWords = { message: string; code: ImportErrorCode; values?: Record<string, string | number> };

/** Parses JSON text (a leading byte order mark is ignored); never throws. */
export function parseJsonText(text: string): JsonTextResult {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(source) as unknown };
  } catch {
    const { index, ...words }: SyntaxFault = findJsonSyntaxError(source) ?? { index: 0, message: 'not valid JSON', code: 'json/invalid' };
    return { ok: false, ...lineAndColumn(source, index), ...words };
  }
}

/** 1-based line and column (in UTF-16 code units) of an offset; `\n`, `\r\n` and `\r` end lines. */
export function lineAndColumn(text: string, index: number): TextPlace {
  return placesOf(text, [index]).get(index) as TextPlace;
}

export type TextPlace = { line: number; column: number };

/** Line and column (as {@link lineAndColumn}) of many offsets, in one pass over the text. */
export function placesOf(text: string, offsets: readonly number[]): Map<number, TextPlace> {
  const sorted = [...new Set(offsets)].sort((a, b) => a - b);
  const places = new Map<number, TextPlace>();
  let line = 1;
  let lineStart = 0;
  let i = 0;
  for (const offset of sorted) {
    for (; i < offset && i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) {
        line++;
        lineStart = i + 1;
      }
    }
    places.set(offset, { line, column: offset - lineStart + 1 });
  }
  return places;
}

type SyntaxFault = { index: number } & SyntaxWords;

const enum Expect {
  Value,
  ValueOrArrayEnd,
  KeyOrObjectEnd,
  Key,
  Colon,
  AfterValue,
}

/** The first syntax error of a JSON text, or undefined when the text is valid JSON. */
export function findJsonSyntaxError(s: string): SyntaxFault | undefined {
  const stack: boolean[] = []; // true for an object, false for an array
  let expect: Expect = Expect.Value;
  let i = 0;
  for (;;) {
    while (i < s.length && isSpace(s.charCodeAt(i))) i++;
    if (i >= s.length) {
      if (expect === Expect.AfterValue && stack.length === 0) return undefined;
      return s.trim() === ''
        ? { index: i, message: 'unexpected end of file: the file is empty', code: 'json/empty-file' }
        : { index: i, message: 'unexpected end of file', code: 'json/unexpected-end' };
    }
    const c = s[i] as string;
    switch (expect) {
      case Expect.ValueOrArrayEnd:
      case Expect.Value: {
        if (c === ']' && expect === Expect.ValueOrArrayEnd) {
          stack.pop();
          i++;
          expect = Expect.AfterValue;
        } else if (c === '{' || c === '[') {
          stack.push(c === '{');
          i++;
          expect = c === '{' ? Expect.KeyOrObjectEnd : Expect.ValueOrArrayEnd;
        } else {
          const end = scanScalar(s, i);
          if (typeof end !== 'number') return end;
          i = end;
          expect = Expect.AfterValue;
        }
        break;
      }
      case Expect.KeyOrObjectEnd:
      case Expect.Key: {
        if (c === '}' && expect === Expect.KeyOrObjectEnd) {
          stack.pop();
          i++;
          expect = Expect.AfterValue;
        } else if (c === '"') {
          const end = scanString(s, i);
          if (typeof end !== 'number') return end;
          i = end;
          expect = Expect.Colon;
        } else {
          if (c === '}') return { index: i, message: `expected a property name in double quotes, found "}" (remove the comma before "}")`, code: 'json/trailing-comma', values: { found: c } };
          return { index: i, message: `expected a property name in double quotes, found ${showChar(c)}`, code: 'json/expected-key', values: { found: charName(c) } };
        }
        break;
      }
      case Expect.Colon:
        if (c !== ':') return { index: i, message: `expected ":" after the property name, found ${showChar(c)}`, code: 'json/expected-colon', values: { found: charName(c) } };
        i++;
        expect = Expect.Value;
        break;
      case Expect.AfterValue: {
        if (stack.length === 0) return { index: i, message: `unexpected ${showChar(c)} after the end of the JSON value`, code: 'json/after-end', values: { found: charName(c) } };
        const inObject = stack[stack.length - 1] as boolean;
        const close = inObject ? '}' : ']';
        if (c === ',') {
          i++;
          expect = inObject ? Expect.Key : Expect.Value;
        } else if (c === close) {
          stack.pop();
          i++;
        } else {
          return { index: i, message: `expected "," or "${close}", found ${showChar(c)}`, code: 'json/expected-comma', values: { close, found: charName(c) } };
        }
        break;
      }
    }
  }
}

/** Scans a string, number or literal at `i`; returns the index after it or the fault. */
function scanScalar(s: string, i: number): number | SyntaxFault {
  const c = s[i] as string;
  if (c === '"') return scanString(s, i);
  if (c === '-' || (c >= '0' && c <= '9')) return scanNumber(s, i);
  for (const literal of ['true', 'false', 'null']) {
    if (s.startsWith(literal, i)) return i + literal.length;
  }
  if (c === ']' || c === '}') return { index: i, message: `expected a value, found "${c}" (remove the comma before it)`, code: 'json/trailing-comma', values: { found: c } };
  return { index: i, message: `expected a value, found ${showChar(c)}`, code: 'json/expected-value', values: { found: charName(c) } };
}

function scanString(s: string, start: number): number | SyntaxFault {
  for (let i = start + 1; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x22) return i + 1;
    if (c < 0x20) return { index: i, message: 'line break or control character inside a string (write it as \\n)', code: 'json/control-character' };
    if (c === 0x5c) {
      const next = s[i + 1];
      if (next === undefined) break;
      if (next === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(s.slice(i + 2, i + 6))) return { index: i, message: 'invalid \\u escape in a string', code: 'json/bad-unicode-escape' };
        i += 5;
      } else if ('"\\/bfnrt'.includes(next)) {
        i++;
      } else {
        return { index: i, message: `invalid escape \\${next} in a string`, code: 'json/bad-escape', values: { escape: `\\${next}` } };
      }
    }
  }
  const at = lineAndColumn(s, start);
  return { index: s.length, message: `unexpected end of file inside a string that starts at line ${at.line}, column ${at.column}`, code: 'json/unclosed-string', values: at };
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

function scanNumber(s: string, i: number): number | SyntaxFault {
  NUMBER.lastIndex = i;
  const match = NUMBER.exec(s);
  const end = match ? i + match[0].length : i;
  const next = s[end];
  if (end === i || (next !== undefined && /[0-9.eE+\-a-zA-Z]/.test(next))) {
    return { index: i, message: 'invalid number', code: 'json/bad-number' };
  }
  return end;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

function showChar(c: string): string {
  const name = charName(c);
  return name.startsWith('U+') ? `character ${name}` : `"${c}"`;
}

/** The character itself, or `U+0007` for one that cannot be seen: the same in every language. */
function charName(c: string): string {
  const code = c.codePointAt(0) ?? 0;
  return code < 0x20 || code === 0x7f ? `U+${code.toString(16).toUpperCase().padStart(4, '0')}` : c;
}
