import { useTranslation } from 'react-i18next';
import type { ButtonType } from '../../../core/whatsapp/template';

export interface PreviewButton {
  type: ButtonType | 'REPLY';
  text: string;
  url?: string | undefined;
  phoneNumber?: string | undefined;
}

const GLYPHS: Record<PreviewButton['type'], string> = { QUICK_REPLY: '↩', REPLY: '↩', URL: '↗', PHONE_NUMBER: '☎', COPY_CODE: '⧉', OTP: '⧉' };

/** The buttons under a bubble, as WhatsApp stacks them. A preview: they do nothing. */
export function PreviewButtons({ buttons }: { buttons: readonly PreviewButton[] }) {
  const { t } = useTranslation();
  if (buttons.length === 0) return null;
  const hint = (b: PreviewButton): string | undefined => {
    if (b.type === 'URL' && b.url) return t('preview.buttonUrl', { url: b.url });
    if (b.type === 'PHONE_NUMBER' && b.phoneNumber) return t('preview.buttonPhone', { phone: b.phoneNumber });
    if (b.type === 'COPY_CODE' || b.type === 'OTP') return t('preview.buttonCopy');
    return undefined;
  };
  return (
    <ul className="wa-buttons">
      {buttons.map((b, i) => (
        <li key={i} className="wa-button" title={hint(b)}>
          <span aria-hidden="true">{GLYPHS[b.type]}</span> {b.text}
        </li>
      ))}
    </ul>
  );
}
