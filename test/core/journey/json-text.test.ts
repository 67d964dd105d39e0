import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError, lineAndColumn, parseJsonText } from '../../../core/journey/json-text';

describe('parseJsonText', () => {
  it.each([
    ['{"a": 1}', { a: 1 }],
    ['\uFEFF[1, 2]', [1, 2]],
    ['  null  ', null],
    ['"x"', 'x'],
  ])('parses %j', (text, value) => {
    expect(parseJsonText(text)).toEqual({ ok: true, value });
  });

  it.each([
    ['', 1, 1, 'unexpected end of file: the file is empty'],
    ['   \n  ', 2, 3, 'unexpected end of file: the file is empty'],
    ['{\n  "a": [1, 2', 2, 13, 'unexpected end of file'],
    ['{\n  "a": 1,\n}', 3, 1, 'expected a property name in double quotes, found "}" (remove the comma before "}")'],
    ['[1, 2,]', 1, 7, 'expected a value, found "]" (remove the comma before it)'],
    ["{'a': 1}", 1, 2, `expected a property name in double quotes, found "'"`],
    ['{"a" 1}', 1, 6, 'expected ":" after the property name, found "1"'],
    ['{"a": 1 "b": 2}', 1, 9, 'expected "," or "}", found """'],
    ['[1 2]', 1, 4, 'expected "," or "]", found "2"'],
    ['{"a": tru}', 1, 7, 'expected a value, found "t"'],
    ['{"a": 01}', 1, 7, 'invalid number'],
    ['{"a": -}', 1, 7, 'invalid number'],
    ['{"a": 1.}', 1, 7, 'invalid number'],
    ['{"a": NaN}', 1, 7, 'expected a value, found "N"'],
    ['{"a": "x\\q"}', 1, 9, 'invalid escape \\q in a string'],
    ['{"a": "\\u12G4"}', 1, 8, 'invalid \\u escape in a string'],
    ['{"a": "line\nbreak"}', 1, 12, 'line break or control character inside a string (write it as \\n)'],
    ['{}\n{}', 2, 1, 'unexpected "{" after the end of the JSON value'],
    ['{"a":\r\n  "abc', 2, 7, 'unexpected end of file inside a string that starts at line 2, column 3'],
    ['[\u0001]', 1, 2, 'expected a value, found character U+0001'],
  ])('locates the error in %j', (text, line, column, message) => {
    expect(parseJsonText(text)).toEqual({ ok: false, line, column, message });
  });

  it('agrees with JSON.parse on what is valid', () => {
    for (const text of ['{"a":[1,{"b":null}],"c":"\\u00e9\\n"}', '-0.5e+10', '[[[]]]', '{"":""}']) {
      expect(findJsonSyntaxError(text)).toBeUndefined();
      expect(() => JSON.parse(text)).not.toThrow();
    }
  });

  it('handles nesting deeper than any stack', () => {
    const deep = '['.repeat(200_000) + ']'.repeat(199_999);
    expect(parseJsonText(deep)).toMatchObject({ ok: false, line: 1, column: 400_000, message: 'unexpected end of file' });
  });
});

describe('lineAndColumn', () => {
  it('counts LF, CRLF and CR line ends', () => {
    expect(lineAndColumn('a\nb\r\nc\rd', 7)).toEqual({ line: 4, column: 1 });
    expect(lineAndColumn('abc', 2)).toEqual({ line: 1, column: 3 });
  });
});
