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
    ['', 1, 1, 'unexpected end of file: the file is empty', 'json/empty-file'],
    ['   \n  ', 2, 3, 'unexpected end of file: the file is empty', 'json/empty-file'],
    ['{\n  "a": [1, 2', 2, 13, 'unexpected end of file', 'json/unexpected-end'],
    ['{\n  "a": 1,\n}', 3, 1, 'expected a property name in double quotes, found "}" (remove the comma before "}")', 'json/trailing-comma'],
    ['[1, 2,]', 1, 7, 'expected a value, found "]" (remove the comma before it)', 'json/trailing-comma'],
    ["{'a': 1}", 1, 2, `expected a property name in double quotes, found "'"`, 'json/expected-key'],
    ['{"a" 1}', 1, 6, 'expected ":" after the property name, found "1"', 'json/expected-colon'],
    ['{"a": 1 "b": 2}', 1, 9, 'expected "," or "}", found """', 'json/expected-comma'],
    ['[1 2]', 1, 4, 'expected "," or "]", found "2"', 'json/expected-comma'],
    ['{"a": tru}', 1, 7, 'expected a value, found "t"', 'json/expected-value'],
    ['{"a": 01}', 1, 7, 'invalid number', 'json/bad-number'],
    ['{"a": -}', 1, 7, 'invalid number', 'json/bad-number'],
    ['{"a": 1.}', 1, 7, 'invalid number', 'json/bad-number'],
    ['{"a": NaN}', 1, 7, 'expected a value, found "N"', 'json/expected-value'],
    ['{"a": "x\\q"}', 1, 9, 'invalid escape \\q in a string', 'json/bad-escape'],
    ['{"a": "\\u12G4"}', 1, 8, 'invalid \\u escape in a string', 'json/bad-unicode-escape'],
    ['{"a": "line\nbreak"}', 1, 12, 'line break or control character inside a string (write it as \\n)', 'json/control-character'],
    ['{}\n{}', 2, 1, 'unexpected "{" after the end of the JSON value', 'json/after-end'],
    ['{"a":\r\n  "abc', 2, 7, 'unexpected end of file inside a string that starts at line 2, column 3', 'json/unclosed-string'],
    ['[\u0001]', 1, 2, 'expected a value, found character U+0001', 'json/expected-value'],
  ])('locates the error in %j and gives its code', (text, line, column, message, code) => {
    expect(parseJsonText(text)).toMatchObject({ ok: false, line, column, message, code });
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
