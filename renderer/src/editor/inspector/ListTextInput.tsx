import { useState } from 'react';
import type { InputHTMLAttributes } from 'react';

/** `a, b , c` as `['a', 'b', 'c']`, empty items dropped. */
export function parseList(text: string): string[] {
  return text
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * A comma-separated list in one text box. The text typed is kept as typed (a trailing comma or
 * space survives) as long as it still means the list the model holds; a change from elsewhere
 * (undo, a fix) replaces it.
 */
type ListTextInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'> & {
  value: readonly string[];
  onChange: (list: string[]) => void;
};

export function ListTextInput({ value, onChange, ...props }: ListTextInputProps) {
  const [text, setText] = useState(() => value.join(', '));
  const shown = same(parseList(text), value) ? text : value.join(', ');
  return (
    <input
      {...props}
      type="text"
      value={shown}
      onChange={(e) => {
        setText(e.target.value);
        onChange(parseList(e.target.value));
      }}
    />
  );
}
