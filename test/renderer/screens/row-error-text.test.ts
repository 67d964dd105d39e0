/**
 * Audience import reasons in the interface's language, from core's codes: every code core
 * exports has a message in English and French, every reason a crafted faulty file gets is
 * said in French with its values, and English says what core said.
 */
import { describe, expect, it } from 'vitest';
import { AUDIENCE_ERROR_CODES, parseAudienceCsv } from '../../../core/audience';
import { createI18n } from '../../../renderer/src/i18n/create-i18n';
import { en as englishMessages } from '../../../renderer/src/i18n/en';
import { fr as frenchMessages } from '../../../renderer/src/i18n/fr';
import { rowErrorText } from '../../../renderer/src/screens/audiences/row-error-text';

const FAULTY = [
  'phone,whatsapp_opt_in,marketing_opt_in,locale,country,opt_in_method,opt_in_date,last_inbound_at,city,city',
  'not-a-phone,true,true,fr,FR,web,2026-01-02,,,',
  '+33612340001,maybe,true,fr,FR,web,2026-01-02,,,',
  '+33612340002,true,true,french!,FR,web,2026-01-02,,,',
  '+33612340003,true,true,fr,France,web,2026-01-02,,,',
  '+33612340004,true,true,fr,FR,pigeon,2026-01-02,,,',
  '+33612340005,true,true,fr,FR,web,2026-02-30,,,',
  '+33612340006,true,true,fr,FR,web,2026-01-02,yesterday,,',
  '+33612340007,true,true,fr,FR,web,2026-01-02,2026-01-02T10:00:00,,',
  '+33612340008,true,true,fr,FR,web,2026-01-02,2026-01-02T25:00:00Z,,',
  '+33612340001,true,true,fr,FR,web,2026-01-02,,,',
  '+336,true,true,fr,FR,web,2026-01-02,,,',
  '0612340009,true,true,fr,,web,2026-01-02,,,',
  ',true,true,fr,FR,web,2026-01-02,,,',
  '+33612340010,true',
  '"+33612340011,true,true,fr,FR,web,2026-01-02,,,',
].join('\n');

const reasons = parseAudienceCsv(FAULTY).errors.filter((e, i, all) => all.findIndex((o) => o.message === e.message) === i);
const fr = createI18n('fr').t;
const en = createI18n('en').t;

describe('audience import reasons in the interface language', () => {
  // Enumerated from core's own list: a code added to core without its messages fails here.
  it.each(AUDIENCE_ERROR_CODES.map((code) => [code]))('has an English and a French message for %s', (code) => {
    const english: Record<string, string> = englishMessages.audienceErrors;
    const french: Record<string, string> = frenchMessages.audienceErrors;
    expect(english[code]).toBeTruthy();
    expect(french[code]).toBeTruthy();
    expect(french[code]).not.toBe(english[code]);
  });

  it('the crafted file gives many distinct reasons, each with a code of core’s list', () => {
    expect(reasons.length).toBeGreaterThanOrEqual(14);
    for (const reason of reasons) expect(AUDIENCE_ERROR_CODES).toContain(reason.code);
  });

  it.each(reasons.map((reason) => [reason.message, reason]))('says core’s “%s” in French with its values, and in English as core wrote it', (_message, reason) => {
    const french = rowErrorText(reason, fr);
    expect(french).not.toBe(reason.message);
    expect(french).not.toContain('{{');
    // The values the reason names (a cell, a phone, a line) are kept.
    for (const value of reason.message.match(/\d{3,}|"[^"]*"/g) ?? []) expect(french).toContain(value.replace(/^"|"$/g, ''));
    expect(rowErrorText(reason, en)).toBe(reason.message);
  });

  it('falls back to core’s English for a code a language lacks', () => {
    const unknown = { code: 'fromTheFuture', message: 'something new went wrong' } as unknown as Parameters<typeof rowErrorText>[0];
    expect(rowErrorText(unknown, fr)).toBe('something new went wrong');
  });
});
