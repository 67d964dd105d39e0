import { describe, expect, it } from 'vitest';
import { limitDetail } from '../../../core/rules/template/limit-texts';
import { SESSION_LIMIT_CODES, TEMPLATE_LIMIT_CODES } from '../../../core/whatsapp/limits';

describe('limit issue wording', () => {
  it.each([...TEMPLATE_LIMIT_CODES, ...SESSION_LIMIT_CODES])('%s has French words with every slot filled', (code) => {
    const issue = { code, path: 'x', message: 'ENGLISH', params: { length: 70, max: 60, count: 4, token: '{{1}}', first: '{{1}}', second: '{{2}}', missing: '{{2}}', id: 'a', title: 'b', name: 'n', index: 0, type: 'URL' } };
    const fr = limitDetail(issue, 'fr');
    expect(fr).not.toBe('ENGLISH');
    expect(fr).not.toMatch(/\{[a-z]+\}/);
    expect(limitDetail(issue, 'en')).toBe('ENGLISH');
  });
});
