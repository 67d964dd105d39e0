import { describe, expect, it } from 'vitest';
import { decideTemplateEdit, editTimesOf, TEMPLATE_EDIT_LIMITS, type TemplateEditInput } from '../../../core/whatsapp/template-edits';
import type { Template } from '../../../core/whatsapp/template';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const NOW = Date.UTC(2026, 5, 1);

const approved: Template = {
  name: 'promo',
  language: 'fr',
  category: 'MARKETING',
  status: 'APPROVED',
  components: { body: { text: 'Bonjour {{1}}, -20 % ce week-end.' } },
};
const edited: Template = { ...approved, components: { body: { text: 'Bonjour {{1}}, -30 % ce week-end.' } } };

function decide(patch: Partial<TemplateEditInput> = {}) {
  return decideTemplateEdit({ current: approved, next: edited, latestStatus: approved.status, editTimes: [], now: NOW, ...patch });
}

describe('decideTemplateEdit', () => {
  it('sends an edit of an approved template back to review, stamped with its time', () => {
    expect(decide()).toEqual({ ok: true, template: { ...edited, status: 'PENDING', editedAt: NOW } });
  });

  it('allows one edit a day: the next one is refused until 24 hours after the last', () => {
    expect(decide({ editTimes: [NOW - 23 * HOUR] })).toEqual({ ok: false, reason: 'per-day', retryAt: NOW + HOUR });
    expect(decide({ editTimes: [NOW - DAY] }).ok).toBe(true);
  });

  it('allows ten edits in thirty days', () => {
    const nine = Array.from({ length: 9 }, (_, i) => NOW - (i + 2) * DAY);
    expect(decide({ editTimes: nine }).ok).toBe(true);
    const ten = [...nine, NOW - 29 * DAY];
    expect(decide({ editTimes: ten })).toEqual({ ok: false, reason: 'per-30-days', retryAt: NOW - 29 * DAY + TEMPLATE_EDIT_LIMITS.monthMs });
    // The oldest edit leaving the window frees a slot.
    expect(decide({ editTimes: ten, now: NOW + DAY }).ok).toBe(true);
  });

  it('never changes name or language, nor the category of an approved template', () => {
    expect(decide({ next: { ...edited, name: 'promo_2' } })).toEqual({ ok: false, reason: 'identity' });
    expect(decide({ next: { ...edited, language: 'en' } })).toEqual({ ok: false, reason: 'identity' });
    expect(decide({ next: { ...edited, category: 'UTILITY' } })).toEqual({ ok: false, reason: 'category' });
  });

  it('refuses an edit while another is in review, and templates that cannot be edited', () => {
    expect(decide({ latestStatus: 'PENDING' })).toEqual({ ok: false, reason: 'in-review' });
    expect(decide({ current: { ...approved, status: 'DISABLED' }, latestStatus: 'DISABLED' })).toEqual({ ok: false, reason: 'status' });
    expect(decide({ current: { ...approved, status: 'PENDING' }, latestStatus: 'PENDING' })).toEqual({ ok: false, reason: 'in-review' });
  });

  it('lets rejected and paused templates be edited without limit, category included, back to review', () => {
    for (const status of ['REJECTED', 'PAUSED'] as const) {
      const result = decide({ current: { ...approved, status }, latestStatus: status, next: { ...edited, category: 'UTILITY' }, editTimes: [NOW - HOUR, NOW - 2 * HOUR] });
      expect(result).toEqual({ ok: true, template: { ...edited, category: 'UTILITY', status: 'PENDING', editedAt: NOW } });
    }
  });

  it('keeps a draft a draft, edited in place', () => {
    const draft = { ...approved, status: 'DRAFT' as const };
    expect(decide({ current: draft, latestStatus: 'DRAFT', next: { ...edited, status: 'DRAFT' }, editTimes: [NOW - HOUR] })).toEqual({ ok: true, template: { ...edited, status: 'DRAFT' } });
  });

  it('calls an edit that changes nothing unchanged', () => {
    expect(decide({ next: { ...approved } })).toEqual({ ok: false, reason: 'unchanged' });
  });
});

describe('editTimesOf', () => {
  it('reads the edit stamps of revisions, ignoring those without one', () => {
    expect(editTimesOf([approved, { ...edited, editedAt: NOW }, { ...edited, editedAt: 'yesterday' }])).toEqual([NOW]);
  });
});
