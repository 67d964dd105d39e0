/**
 * Limits of free-form (session) messages, the ones a journey's `whatsapp_session` node sends
 * inside a customer service window.
 */
import type { SessionMessage } from '../journey/node';
import { checkLength, limitIssue, type LimitIssue } from './limit-issue';

/**
 * Sources: whatsapp-rules.md §1.3 (text 4096; reply buttons ≤ 3, title ≤ 20, id ≤ 256);
 * Meta's interactive body and media caption limit of 1024 (Meta SDK docs, Sinch, Exotel).
 */
export const SESSION_LIMITS = {
  textMaxLength: 4096,
  /** The body of an interactive (buttons) message is shorter than a plain text message. */
  interactiveBodyMaxLength: 1024,
  replyButtonsMax: 3,
  buttonTitleMaxLength: 20,
  buttonIdMaxLength: 256,
  captionMaxLength: 1024,
} as const;

/** Every limit a session message breaks, with paths under `message`. */
export function checkSessionMessageLimits(message: SessionMessage): LimitIssue[] {
  const issues: LimitIssue[] = [];
  switch (message.kind) {
    case 'text':
      if (message.text.trim() === '') issues.push(limitIssue('text-missing', 'message.text', 'A text message needs some text.'));
      checkLength(issues, 'text-too-long', 'message.text', 'The text', message.text, SESSION_LIMITS.textMaxLength);
      break;
    case 'buttons':
      if (message.text.trim() === '') issues.push(limitIssue('text-missing', 'message.text', 'A button message needs some text.'));
      checkLength(issues, 'text-too-long', 'message.text', 'The text', message.text, SESSION_LIMITS.interactiveBodyMaxLength);
      checkReplyButtons(message.buttons, issues);
      break;
    case 'media':
      if (message.url.trim() === '') issues.push(limitIssue('media-url-missing', 'message.url', 'A media message needs the media url.'));
      if (message.caption !== undefined) {
        if (message.media === 'audio') {
          issues.push(limitIssue('caption-not-allowed', 'message.caption', 'Audio messages take no caption.'));
        }
        checkLength(issues, 'caption-too-long', 'message.caption', 'The caption', message.caption, SESSION_LIMITS.captionMaxLength);
      }
      break;
  }
  return issues;
}

function checkReplyButtons(buttons: readonly { id: string; title: string }[], issues: LimitIssue[]): void {
  if (buttons.length === 0) {
    issues.push(limitIssue('buttons-missing', 'message.buttons', 'A button message needs at least one button.'));
  }
  if (buttons.length > SESSION_LIMITS.replyButtonsMax) {
    issues.push(limitIssue('buttons-too-many', 'message.buttons', `A message has at most ${SESSION_LIMITS.replyButtonsMax} reply buttons (this one has ${buttons.length}).`, { count: buttons.length, max: SESSION_LIMITS.replyButtonsMax }));
  }
  const ids = new Set<string>();
  const titles = new Set<string>();
  buttons.forEach((button, index) => {
    const at = `message.buttons[${index}]`;
    if (button.title.trim() === '') issues.push(limitIssue('button-title-missing', `${at}.title`, 'Every button needs a title.', { index }));
    checkLength(issues, 'button-title-too-long', `${at}.title`, `Button ${index + 1}'s title`, button.title, SESSION_LIMITS.buttonTitleMaxLength);
    if (button.id.trim() === '') issues.push(limitIssue('button-id-missing', `${at}.id`, 'Every button needs an id.', { index }));
    checkLength(issues, 'button-id-too-long', `${at}.id`, `Button ${index + 1}'s id`, button.id, SESSION_LIMITS.buttonIdMaxLength);
    // Meta requires ids and titles unique within a message: a reply could not tell them apart.
    if (ids.has(button.id)) issues.push(limitIssue('button-id-duplicate', `${at}.id`, `Two buttons share the id "${button.id}".`, { index, id: button.id }));
    if (titles.has(button.title)) issues.push(limitIssue('button-title-duplicate', `${at}.title`, `Two buttons share the title "${button.title}".`, { index, title: button.title }));
    ids.add(button.id);
    titles.add(button.title);
  });
}
