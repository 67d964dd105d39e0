/**
 * An audience of the workspace as the audience CSV the host's executor reads (the spec's
 * columns, then the attributes): the run gets exactly the contacts the user sees, and the host
 * parses and checks them again rather than trusting the renderer.
 */
import type { Contact } from '../../../core/journey';
import { toCsv } from '../../../core/reports';

const bool = (value: boolean) => (value ? 'true' : 'false');

export function audienceCsv(contacts: readonly Contact[], attributes: readonly string[]): string {
  const header = ['phone', 'country', 'locale', 'whatsapp_opt_in', 'marketing_opt_in', 'opt_in_date', 'opt_in_method', 'last_inbound_at', ...attributes];
  return toCsv(
    header,
    contacts.map((c) => [
      c.phone, c.country, c.locale, bool(c.whatsappOptIn), bool(c.marketingOptIn), c.optInDate, c.optInMethod, c.lastInboundAt,
      ...attributes.map((name) => c.attributes[name]),
    ]),
  );
}
