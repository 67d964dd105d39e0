import { describe, expect, it } from 'vitest';
import { templateFitsChannel, templatesForChannel } from '../../../core/whatsapp/business-unit';

describe('templateFitsChannel', () => {
  it.each([
    ['bu-fr', 'bu-fr', true],
    ['bu-fr', 'bu-en', false],
    [undefined, 'bu-en', true],
    ['bu-fr', undefined, true],
    [undefined, undefined, true],
  ])('template unit %s, channel unit %s: %s', (templateUnit, channelUnit, expected) => {
    expect(templateFitsChannel({ businessUnit: templateUnit }, { businessUnit: channelUnit })).toBe(expected);
  });

  it('lets any template through without a channel, and filters by unit with one', () => {
    const templates = [{ businessUnit: 'a' }, { businessUnit: 'b' }, {}];
    expect(templatesForChannel(templates, undefined)).toEqual(templates);
    expect(templatesForChannel(templates, { businessUnit: 'b' })).toEqual([{ businessUnit: 'b' }, {}]);
  });
});
