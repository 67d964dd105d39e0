/**
 * Audience import reasons in French: every reason core/audience gives for a crafted faulty
 * file is recognised and said in French with its values, and English stays as core wrote it.
 */
import { describe, expect, it } from 'vitest';
import { parseAudienceCsv } from '../../../core/audience';
import { createI18n } from '../../../renderer/src/i18n/create-i18n';
import { recogniseRowError, rowErrorText } from '../../../renderer/src/screens/audiences/row-error-text';

const FAULTY = [
  'phone,whatsapp_opt_in,marketing_opt_in,locale,country,opt_in_method,opt_in_date,last_inbound_at',
  'not-a-phone,true,true,fr,FR,web,2026-01-02,',
  '+33612340001,maybe,true,fr,FR,web,2026-01-02,',
  '+33612340002,true,true,french!,FR,web,2026-01-02,',
  '+33612340003,true,true,fr,France,web,2026-01-02,',
  '+33612340004,true,true,fr,FR,pigeon,2026-01-02,',
  '+33612340005,true,true,fr,FR,web,2026-02-30,',
  '+33612340006,true,true,fr,FR,web,2026-01-02,yesterday',
  '+33612340007,true,true,fr,FR,web,2026-01-02,2026-01-02T10:00:00',
  '+33612340008,true,true,fr,FR,web,2026-01-02,2026-01-02T25:00:00Z',
  '+33612340001,true,true,fr,FR,web,2026-01-02,',
  '+336,true,true,fr,FR,web,2026-01-02,',
  '0612340009,true,true,fr,,web,2026-01-02,',
  ',true,true,fr,FR,web,2026-01-02,',
  '+33612340010,true',
  '"+33612340011,true,true,fr,FR,web,2026-01-02,',
].join('\n');

const reasons = [...new Set(parseAudienceCsv(FAULTY).errors.map((e) => e.message))];
const fr = createI18n('fr').t;
const en = createI18n('en').t;

describe('audience import reasons in the interface language', () => {
  it('the crafted file gives many distinct reasons', () => {
    expect(reasons.length).toBeGreaterThanOrEqual(12);
  });

  it.each(reasons)('recognises and translates core’s “%s”', (reason) => {
    expect(recogniseRowError(reason), 'a core wording this table does not know').not.toBeNull();
    const french = rowErrorText(reason, fr);
    expect(french).not.toBe(reason);
    // The values the reason names (a cell, a phone, a line) are kept.
    for (const value of reason.match(/\d{3,}|"[^"]*"/g) ?? []) expect(french).toContain(value.replace(/^"|"$/g, ''));
    // And English says exactly what core said.
    expect(rowErrorText(reason, en)).toBe(reason);
  });

  it('shows a wording it does not know as core wrote it', () => {
    expect(rowErrorText('something new went wrong', fr)).toBe('something new went wrong');
  });
});
