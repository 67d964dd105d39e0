/**
 * Where a path such as `journey.nodes[3].data.duration.unit` is in a JSON text, so an error
 * found by the schema can name its line and column as a syntax error does. Runs only on the
 * text of a file that failed its checks, in one pass, iteratively (no recursion on deep
 * nesting), stopping as soon as every wanted path is found.
 */
import type { ImportError } from './import-errors';
import { appendSegment } from './import-errors';
import { placesOf } from './json-text';

type Frame = { kind: 'object'; path: string; key: string; expectKey: boolean } | { kind: 'array'; path: string; index: number };

/** Offsets of the values at the wanted paths of a valid JSON text (`''` is the whole value). */
export function locateJsonPaths(text: string, wanted: ReadonlySet<string>): Map<string, number> {
  const found = new Map<string, number>();
  const stack: Frame[] = [];
  let i = 0;
  while (i < text.length && found.size < wanted.size) {
    const c = text[i] as string;
    const top = stack[stack.length - 1];
    if (c === ' ' || c === '\n' || c === '\r' || c === '\t' || c === ',' || c === ':') {
      if (c === ',' && top?.kind === 'array') top.index++;
      i++;
    } else if (c === '}' || c === ']') {
      stack.pop();
      i++;
    } else if (top?.kind === 'object' && top.expectKey) {
      const end = stringEnd(text, i);
      top.key = JSON.parse(text.slice(i, end)) as string;
      top.expectKey = false;
      i = end;
    } else {
      const path = top === undefined ? '' : appendSegment(top.path, top.kind === 'array' ? top.index : top.key);
      if (top?.kind === 'object') top.expectKey = true;
      if (wanted.has(path) && !found.has(path)) found.set(path, i);
      if (c === '{') stack.push({ kind: 'object', path, key: '', expectKey: true });
      else if (c === '[') stack.push({ kind: 'array', path, index: 0 });
      i = c === '{' || c === '[' ? i + 1 : c === '"' ? stringEnd(text, i) : scalarEnd(text, i);
    }
  }
  return found;
}

/**
 * Adds line and column to errors that have a path and none yet. A missing field is placed at
 * the nearest enclosing value that the file does have (the node that lacks its `data`).
 */
export function placeErrors(text: string, errors: ImportError[]): ImportError[] {
  const candidates = new Map<ImportError, string[]>();
  const wanted = new Set<string>();
  for (const error of errors) {
    if (error.line !== undefined || !error.path) continue;
    const chain = enclosingPaths(error.path);
    candidates.set(error, chain);
    for (const path of chain) wanted.add(path);
  }
  if (wanted.size === 0) return errors;
  // Columns count from after a byte order mark, as syntax errors' do.
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const offsets = locateJsonPaths(source, wanted);
  const places = placesOf(source, [...offsets.values()]);
  return errors.map((error) => {
    const offset = candidates.get(error)?.map((path) => offsets.get(path)).find((o) => o !== undefined);
    const place = offset === undefined ? undefined : places.get(offset);
    return place ? { ...error, ...place } : error;
  });
}

/** `a.b[2]`, `a.b`, `a`: a path and every path enclosing it, longest first (not the root). */
function enclosingPaths(path: string): string[] {
  const chain: string[] = [];
  let current = path;
  while (current && chain.length < 64) {
    chain.push(current);
    const shorter = current.replace(/(\.[A-Za-z_$][\w$]*|\[\d+\]|\["(?:[^"\\]|\\.)*"\]|^[A-Za-z_$][\w$]*)$/, '');
    // A clipped path (ending in "…") has no last segment to drop.
    if (shorter === current) break;
    current = shorter;
  }
  return chain;
}

function stringEnd(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
  return i + 1;
}

function scalarEnd(text: string, start: number): number {
  let i = start;
  while (i < text.length && !',]} \n\r\t'.includes(text[i] as string)) i++;
  return i;
}
