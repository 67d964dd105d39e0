/**
 * One CSV row to a contact: each recognised cell checked, every other cell kept as an
 * attribute. All the row's problems are reported, not just the first, so a user fixes a
 * row once.
 */
import type { Contact } from '../journey/contact';
import { parsePhone } from '../whatsapp/phone';
import type { AudienceColumn, ColumnPlan } from './columns';
import { audienceReason, phoneReason } from './reasons';
import type { AudienceError } from './types';
import type { ValueResult } from './values';
import { parseConsentFlag, parseCountry, parseInstant, parseLocale, parseOptInDate, parseOptInMethod } from './values';

export type RowResult = { ok: true; contact: Contact } | { ok: false; errors: AudienceError[] };

/** Checks one row's fields (already split by the CSV reader) against the column plan. */
export function rowToContact(fields: readonly string[], line: number, plan: ColumnPlan, header: readonly string[], defaultCountry?: string): RowResult {
  if (fields.length !== plan.width) {
    const message = `expected ${plan.width} fields like the header, found ${fields.length}`;
    return { ok: false, errors: [{ line, ...audienceReason('fieldCount', message, { expected: plan.width, found: fields.length }) }] };
  }
  const errors: AudienceError[] = [];
  const cell = (column: AudienceColumn): string => {
    const index = plan.recognised[column];
    return index === undefined ? '' : (fields[index] ?? '').trim();
  };
  const check = <T>(column: AudienceColumn, parse: (text: string) => ValueResult<T>): T | undefined => {
    const text = cell(column);
    if (text === '') return undefined;
    const result = parse(text);
    if (result.ok) return result.value;
    errors.push({ line, column: header[plan.recognised[column] ?? -1]?.trim() ?? column, ...audienceReason(result.code, result.reason, result.values) });
    return undefined;
  };

  // Phone first (with the country it may need), so its error leads the row's list.
  const country = check('country', parseCountry);
  const phone = parsePhone(cell('phone'), country ?? defaultCountry);
  if (!phone.ok) errors.push({ line, column: header[plan.recognised.phone ?? -1]?.trim() ?? 'phone', ...phoneReason(phone) });
  const locale = check('locale', parseLocale);
  const whatsappOptIn = check('whatsapp_opt_in', parseConsentFlag) ?? false;
  const marketingOptIn = check('marketing_opt_in', parseConsentFlag) ?? false;
  const optInDate = check('opt_in_date', parseOptInDate);
  const optInMethod = check('opt_in_method', parseOptInMethod);
  const lastInboundAt = check('last_inbound_at', parseInstant);
  if (errors.length > 0 || !phone.ok) return { ok: false, errors };

  const contact: Contact = {
    phone: phone.e164,
    whatsappOptIn,
    marketingOptIn,
    // Object.fromEntries defines the keys, so a column named "__proto__" stays an attribute.
    attributes: Object.fromEntries(
      plan.attributes.map(({ name, index }) => [name, (fields[index] ?? '').trim()] as const).filter(([, value]) => value !== ''),
    ),
  };
  const region = phone.country ?? country;
  if (region) contact.country = region;
  if (locale) contact.locale = locale;
  if (optInDate) contact.optInDate = optInDate;
  if (optInMethod) contact.optInMethod = optInMethod;
  if (lastInboundAt) contact.lastInboundAt = lastInboundAt;
  return { ok: true, contact };
}
