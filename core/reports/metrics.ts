/**
 * Report metrics of a run or a simulation, per node and in all: delivery, read and reply
 * rates, median response time, failures by Meta code, and opt-out and block rates with the
 * quality rating they put at risk. Built while events stream past (see events.ts).
 */
import type { QualityRating } from '../journey/channel';
import { blockRate, projectQualityRating } from '../whatsapp/quality';
import type { ReportEvent } from './events';
import { median } from './median';
import { MessageKeys } from './message-key';

export interface RateSet {
  sent: number;
  delivered: number;
  read: number;
  /** Messages answered (a text reply or a reply-button tap naming the message). */
  replied: number;
  failed: number;
  /** delivered / sent (null with nothing sent). */
  deliveryRate: number | null;
  /** read / delivered. */
  readRate: number | null;
  /** replied / delivered. */
  replyRate: number | null;
  /** Median time from a message's `sent` to its first answer, ms (null with no answer). */
  medianResponseMs: number | null;
  /** STOP replies and "stop promotions" taps answering the message(s). */
  optOuts: number;
  /** Blocks after the message (simulation only: Meta reports no blocks to a run). */
  blocks: number;
  /** optOuts / delivered. */
  optOutRate: number | null;
  /** blocks / delivered. */
  blockRate: number | null;
}

export interface ReportMetrics {
  total: RateSet;
  nodes: Record<string, RateSet>;
  /** Failed messages by Meta error code. */
  failuresByCode: Record<string, number>;
  optOuts: number;
  blocks: number;
  /** Opt-outs per delivered message. */
  optOutRate: number;
  /** Blocks per delivered message. */
  blockRate: number;
  /**
   * The quality rating blocks project to (Meta rates a number on about seven days of blocks and
   * reports, as the simulator does). `atRisk` also counts opt-outs with the blocks: people who
   * send STOP often block next, so they are the warning sign before the rating moves.
   */
  quality: { current: QualityRating; projected: QualityRating; atRisk: boolean };
}

interface Counts {
  sent: number;
  delivered: number;
  read: number;
  replied: number;
  failed: number;
  optOuts: number;
  blocks: number;
  responses: number[];
}

const empty = (): Counts => ({ sent: 0, delivered: 0, read: 0, replied: 0, failed: 0, optOuts: 0, blocks: 0, responses: [] });
const ratio = (a: number, b: number): number | null => (b > 0 ? a / b : null);

function rates(c: Counts): RateSet {
  return {
    sent: c.sent,
    delivered: c.delivered,
    read: c.read,
    replied: c.replied,
    failed: c.failed,
    deliveryRate: ratio(c.delivered, c.sent),
    readRate: ratio(c.read, c.delivered),
    replyRate: ratio(c.replied, c.delivered),
    medianResponseMs: median(c.responses),
    optOuts: c.optOuts,
    blocks: c.blocks,
    optOutRate: ratio(c.optOuts, c.delivered),
    blockRate: ratio(c.blocks, c.delivered),
  };
}

const RANK: Record<QualityRating, number> = { GREEN: 0, YELLOW: 1, RED: 2 };

export class MetricsCollector {
  private readonly total = empty();
  private readonly byNode = new Map<string, Counts>();
  private readonly failures = new Map<number, number>();
  /** When each message went, until its first answer (by MessageKeys). */
  private readonly sentAt = new Map<number, number>();
  private readonly keys = new MessageKeys();
  private optOuts = 0;
  private blocks = 0;

  constructor(private readonly currentQuality: QualityRating = 'GREEN') {}

  private node(id: string): Counts {
    let counts = this.byNode.get(id);
    if (counts === undefined) this.byNode.set(id, (counts = empty()));
    return counts;
  }

  add(e: ReportEvent): void {
    const node = e.node === undefined ? undefined : this.node(e.node);
    switch (e.type) {
      case 'sent':
        this.total.sent++;
        if (node) node.sent++;
        if (e.node !== undefined) this.sentAt.set(this.keys.key(e.contact, e.node), e.at);
        return;
      case 'delivered':
      case 'read':
        this.total[e.type]++;
        if (node) node[e.type]++;
        return;
      case 'failed':
        this.total.failed++;
        if (node) node.failed++;
        if (e.code !== undefined) this.failures.set(e.code, (this.failures.get(e.code) ?? 0) + 1);
        return;
      case 'reply':
      case 'button':
        return this.answer(e, node);
      case 'opt_out':
      case 'blocked': {
        const counted = e.type === 'opt_out' ? 'optOuts' : 'blocks';
        this[counted]++;
        this.total[counted]++;
        if (node) node[counted]++;
        return;
      }
      default:
        return;
    }
  }

  private answer(e: ReportEvent, node: Counts | undefined): void {
    if (e.node === undefined || node === undefined) return;
    const key = this.keys.key(e.contact, e.node);
    const sent = this.sentAt.get(key);
    // Only a message's first answer counts as its reply and its response time.
    if (sent === undefined) return;
    this.sentAt.delete(key);
    this.total.replied++;
    node.replied++;
    this.total.responses.push(e.at - sent);
    node.responses.push(e.at - sent);
  }

  metrics(): ReportMetrics {
    const nodes: Record<string, RateSet> = {};
    for (const id of [...this.byNode.keys()].sort()) nodes[id] = rates(this.byNode.get(id) as Counts);
    const failuresByCode: Record<string, number> = {};
    for (const code of [...this.failures.keys()].sort((a, b) => a - b)) failuresByCode[String(code)] = this.failures.get(code) as number;
    const delivered = this.total.delivered;
    const projected = projectQualityRating({ delivered, blocks: this.blocks }, this.currentQuality);
    const warned = projectQualityRating({ delivered, blocks: this.blocks + this.optOuts }, this.currentQuality);
    return {
      total: rates(this.total),
      nodes,
      failuresByCode,
      optOuts: this.optOuts,
      blocks: this.blocks,
      optOutRate: blockRate(this.optOuts, delivered),
      blockRate: blockRate(this.blocks, delivered),
      quality: { current: this.currentQuality, projected, atRisk: RANK[warned] > RANK[this.currentQuality] },
    };
  }
}
