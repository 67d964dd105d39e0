import { useRef } from 'react';
import type { ChangeEvent } from 'react';

/**
 * A real button that opens the file picker: a bare file input is hard to style and reads as
 * "Choose file, no file chosen" to screen readers. The input is reset so picking the same
 * file twice fires again.
 */
export function FilePickerButton({ label, accept, onFile, primary = false }: { label: string; accept: string; onFile: (file: File) => void; primary?: boolean }) {
  const input = useRef<HTMLInputElement>(null);
  const picked = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file) onFile(file);
  };
  return (
    <>
      <button type="button" className={primary ? 'button button-primary' : 'button'} onClick={() => input.current?.click()}>
        {label}
      </button>
      <input ref={input} type="file" accept={accept} hidden onChange={picked} aria-label={label} data-testid={`file-${accept}`} />
    </>
  );
}
