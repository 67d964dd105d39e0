/**
 * A message as the contact sees it in WhatsApp: one bubble with header, body, footer and the
 * buttons under it. Templates are hydrated by core's renderTemplate, so the preview shows
 * exactly the text a send would carry; session messages are shown as written.
 */
import { useTranslation } from 'react-i18next';
import type { SessionMessage } from '../../../core/journey';
import { renderTemplate } from '../../../core/whatsapp/placeholders';
import type { Template } from '../../../core/whatsapp/template';
import { MediaPlaceholder } from './MediaPlaceholder';
import { MessageText } from './MessageText';
import { PreviewButtons, type PreviewButton } from './PreviewButtons';
import { previewValues } from './preview-values';
import './preview.css';

export type MessagePreviewProps =
  | {
      /** The translation to show (the caller picks the language). */
      template: Pick<Template, 'components'> & Partial<Pick<Template, 'language'>>;
      /** Parameter values by placeholder key: literals or `{{contact.ATTR}}`. */
      parameters?: Readonly<Record<string, string>> | undefined;
      session?: undefined;
    }
  | { session: SessionMessage | undefined; template?: undefined; parameters?: undefined };

export function MessagePreview(props: MessagePreviewProps) {
  const { t } = useTranslation();
  return (
    <figure className="wa-preview" aria-label={t('preview.label')} lang={props.template?.language?.split('_')[0]}>
      {props.template ? <TemplateBubble template={props.template} parameters={props.parameters} /> : <SessionBubble message={props.session} />}
    </figure>
  );
}

function TemplateBubble({ template, parameters }: { template: Pick<Template, 'components'>; parameters: Readonly<Record<string, string>> | undefined }) {
  const { t } = useTranslation();
  const rendered = renderTemplate(template, previewValues(parameters));
  const header = rendered.header;
  return (
    <>
      <div className="wa-bubble">
        {header?.format === 'TEXT' && header.text ? <MessageText className="wa-header" text={header.text} /> : null}
        {header && header.format !== 'TEXT' ? <MediaPlaceholder kind={header.format.toLowerCase() as Lowercase<typeof header.format>} /> : null}
        <MessageText className="wa-body" text={rendered.body} />
        {rendered.footer ? <p className="wa-footer">{rendered.footer}</p> : null}
      </div>
      <PreviewButtons buttons={rendered.buttons} />
      {rendered.missing.length > 0 ? (
        <figcaption className="wa-note">{t('preview.missing', { keys: rendered.missing.map((k) => `{{${k}}}`).join(', ') })}</figcaption>
      ) : null}
    </>
  );
}

function SessionBubble({ message }: { message: SessionMessage | undefined }) {
  const { t } = useTranslation();
  if (!message) return <p className="wa-note">{t('preview.empty')}</p>;
  const buttons: PreviewButton[] = message.kind === 'buttons' ? message.buttons.map((b) => ({ type: 'REPLY', text: b.title })) : [];
  return (
    <>
      <div className="wa-bubble">
        {message.kind === 'media' ? <MediaPlaceholder kind={message.media} url={message.url} /> : null}
        {message.kind === 'media' ? (
          message.caption ? <p className="wa-body">{message.caption}</p> : null
        ) : (
          <p className="wa-body">{message.text}</p>
        )}
      </div>
      <PreviewButtons buttons={buttons} />
    </>
  );
}
