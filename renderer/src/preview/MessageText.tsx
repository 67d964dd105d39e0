import { extractPlaceholders } from '../../../core/whatsapp/placeholders';

/**
 * Text of a bubble with placeholders still lacking a value marked, so the eye finds them.
 * Splitting uses core's tokenizer: what it calls a placeholder is what gets marked.
 */
export function MessageText({ text, className }: { text: string; className: string }) {
  const parts: (string | { raw: string })[] = [];
  let last = 0;
  for (const token of extractPlaceholders(text)) {
    if (token.kind === 'invalid') continue;
    parts.push(text.slice(last, token.start), { raw: token.raw });
    last = token.end;
  }
  parts.push(text.slice(last));
  return (
    <p className={className}>
      {parts.map((part, i) =>
        typeof part === 'string' ? part : (
          <mark key={i} className="wa-missing">
            {part.raw}
          </mark>
        ),
      )}
    </p>
  );
}
