import { useTranslation } from 'react-i18next';

export type MediaKind = 'image' | 'video' | 'document' | 'audio' | 'location';

const GLYPHS: Record<MediaKind, string> = { image: '🖼', video: '▶', document: '📄', audio: '🎵', location: '📍' };

/** Where a media header or media message goes: the studio never fetches media, so a labelled box stands in. */
export function MediaPlaceholder({ kind, url }: { kind: MediaKind; url?: string | undefined }) {
  const { t } = useTranslation();
  const label = t(`preview.${kind}`);
  return (
    <div className={`wa-media wa-media-${kind}`} role="img" aria-label={url ? `${label}, ${t('preview.mediaUrl', { url })}` : label}>
      <span className="wa-media-glyph" aria-hidden="true">
        {GLYPHS[kind]}
      </span>
      <span className="wa-media-label" aria-hidden="true">
        {label}
      </span>
    </div>
  );
}
