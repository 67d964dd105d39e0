/**
 * Meta's answer to a send, as the simulated Cloud API gives it: 0 when the message is
 * accepted, else the error code of its failure (whatsapp-rules.md §11.2-3). In order:
 * - a contact who blocked the business: 131026 (undeliverable);
 * - a free-form message outside the customer service window: 131047;
 * - a template that does not exist in that language or is rejected: 132001; paused: 132015;
 *   disabled: 132016. PENDING and DRAFT templates are played as approved: the spec makes them
 *   "designable and simulable, not runnable", and seeing them play is the point of simulating;
 * - parameters Meta would refuse (core/whatsapp/send-check.ts: 132000, 131008, 132005, 132007);
 * - marketing: the US block (131049), a user who stopped this business's marketing (131050),
 *   and the adaptive per-user cap (131049) drawn at `marketingCapRate` where it applies.
 */
import { attributeOf, parametersOf } from '../interpreter/attributes';
import { NodeKind, type CompiledJourney } from '../interpreter/compiled';
import type { ContactTable } from '../interpreter/contact-table';
import type { Contact } from '../journey/contact';
import { isUsMarketingBlocked, perUserMarketingCapApplies } from '../whatsapp/marketing-caps';
import { checkSendValues } from '../whatsapp/send-check';
import type { TemplateStatus } from '../whatsapp/template';
import type { Prng } from './prng';
import type { WorldTable } from './world-table';

export const UNDELIVERABLE = 131026;
const OUTSIDE_WINDOW = 131047;
const MARKETING_LIMIT = 131049;
const STOPPED_MARKETING = 131050;
const TEMPLATE_MISSING = 132001;

const STATUS_REFUSAL: Record<TemplateStatus, number> = {
  APPROVED: 0,
  PENDING: 0,
  DRAFT: 0,
  REJECTED: TEMPLATE_MISSING,
  PAUSED: 132015,
  DISABLED: 132016,
};

/** Parameter checks render the template: remembered per distinct attribute values, up to a bound. */
const MEMO_LIMIT = 100_000;

/** One send as the gate sees it. */
export interface SendAttempt {
  contact: number;
  node: number;
  /** Index in `compiled.templates`, -1 for a session message or a missing template. */
  template: number;
  at: number;
  person: Contact;
  country: number;
  /** Whether the customer service window is open at `at`. */
  insideServiceWindow: boolean;
  blocked: boolean;
  stoppedMarketing: boolean;
}

export class MetaGate {
  private readonly memo = new Map<string, number>();
  /** Per country index: 1 where the per-user cap can apply outside a window, 0 where exempt, -1 not known yet. */
  private capByCountry = new Int8Array(0);

  constructor(
    private readonly compiled: CompiledJourney,
    private readonly table: ContactTable,
    private readonly world: WorldTable,
    private readonly rng: Prng,
  ) {}

  /** 0 when Meta accepts the send, else its error code. */
  refusal(send: SendAttempt): number {
    if (send.blocked) return UNDELIVERABLE;
    const { compiled } = this;
    if (compiled.kinds[send.node] === NodeKind.Session) return send.insideServiceWindow ? 0 : OUTSIDE_WINDOW;
    const template = compiled.templates[send.template];
    if (template === undefined) return TEMPLATE_MISSING;
    const status = STATUS_REFUSAL[template.status];
    if (status !== 0) return status;
    const parameters = this.parameterRefusal(send);
    if (parameters !== 0) return parameters;
    if (template.category !== 'MARKETING') return 0;
    const country = this.world.countries[send.country] || null;
    if (isUsMarketingBlocked({ category: 'MARKETING', country, at: send.at })) return MARKETING_LIMIT;
    if (send.stoppedMarketing) return STOPPED_MARKETING;
    if (!send.insideServiceWindow && this.capApplies(send.country)) {
      if (this.rng.chance(this.world.ratesOf(send.country).marketingCapRate)) return MARKETING_LIMIT;
    }
    return 0;
  }

  /** Whether the per-user marketing cap applies outside a window to a country (marketing-caps.ts), remembered. */
  private capApplies(country: number): boolean {
    if (country >= this.capByCountry.length) {
      const grown = new Int8Array(Math.max(country + 1, this.capByCountry.length * 2)).fill(-1);
      grown.set(this.capByCountry);
      this.capByCountry = grown;
    }
    if (this.capByCountry[country] === -1) {
      const code = this.world.countries[country] || null;
      this.capByCountry[country] = perUserMarketingCapApplies({ category: 'MARKETING', country: code, insideServiceWindow: false }) ? 1 : 0;
    }
    return this.capByCountry[country] === 1;
  }

  /** What Meta says of the parameters, remembered by the attribute values they depend on. */
  private parameterRefusal(send: SendAttempt): number {
    const spec = this.compiled.specs[send.node];
    if (spec?.kind !== NodeKind.Template) return 0;
    let key = `${send.node}:${send.template}`;
    for (const param of spec.params) {
      for (const part of param.parts) {
        if (typeof part === 'string') continue;
        const value = attributeOf(this.compiled, this.table, send.contact, send.person, part.attribute);
        key += value === undefined ? '\u0000' : `\u0001${value}`;
      }
    }
    let code = this.memo.get(key);
    if (code === undefined) {
      const values = parametersOf(this.compiled, send.node, this.table, send.contact, send.person);
      code = checkSendValues(this.compiled.templates[send.template] as NonNullable<(typeof this.compiled.templates)[number]>, values)?.code ?? 0;
      if (this.memo.size >= MEMO_LIMIT) this.memo.clear();
      this.memo.set(key, code);
    }
    return code;
  }
}
