/**
 * Every run of a data folder, each isolated in its own folder and executor: what the HostApi's
 * `runs:*` calls drive. Given the app's channel gateway, every run shares its sandbox and its
 * standing webhook receiver (each run gets only its own webhooks); without one, each run starts
 * its own. Runs left running by the last session resume with `resumeAll`; finished ones are
 * read from their journal.
 */
import { randomBytes } from 'node:crypto';
import { parseAudienceCsv } from '../../../core/audience';
import { importJourneyFile } from '../../../core/journey';
import { Channel } from '../../../core/journey/channel';
import { formatImportError } from '../../../core/journey/import-errors';
import { hasErrors, validateJourney } from '../../../core/rules';
import { HostFailure } from '../api/host-failure';
import type { ChannelGateway } from '../gateway';
import { RunExecutor } from './executor';
import type { RunSnapshot } from './executor-types';
import { readJournal } from './journal';
import type { JournalRecord, RunStatus } from './journal-records';
import { createRunFiles, listRunIds, readRunSpec, runDir, runFiles, type RunSpec } from './run-files';
import { openRunSession, type RunSession } from './run-session';

export interface RunRegistryOptions {
  dataDir: string;
  /** The access token of a meta channel, from the host's secret store. */
  tokenOf?: (channelId: string) => Promise<string | null>;
  onProgress?: (snapshot: RunSnapshot) => void;
  /** The app's sandbox and webhook receiver; without it, each run starts its own. */
  gateway?: ChannelGateway;
}

export interface StartRunInput {
  /** A journey file's text (its own templates and channels included). */
  journeyFile: string;
  audienceCsv: string;
  /** The channel to run on; by default the file's channel the journey names, else the sandbox. */
  channel?: Channel;
}

export const RunErrorCode = {
  badJourney: 'runs/bad-journey',
  hasErrors: 'runs/has-errors',
  badAudience: 'runs/bad-audience',
  notFound: 'runs/not-found',
  noToken: 'runs/no-token',
} as const;

const SANDBOX = Channel.parse({ id: 'sandbox', displayName: 'Sandbox', mode: 'sandbox', messagingLimit: null });

export class RunRegistry {
  private readonly sessions = new Map<string, RunSession>();

  constructor(private readonly options: RunRegistryOptions) {}

  /**
   * Resumes the runs a previous session left running or paused; answers why the others could
   * not (a meta channel whose token was cleared...): one run's failure never keeps the rest.
   */
  async resumeAll(): Promise<{ runId: string; reason: string }[]> {
    const failed: { runId: string; reason: string }[] = [];
    for (const runId of listRunIds(this.options.dataDir)) {
      try {
        const dir = runDir(this.options.dataDir, runId);
        const spec = readRunSpec(dir);
        // Its journal's last status record says it, without replaying every record twice.
        const status = journaledStatus(dir);
        if (spec && (status === 'running' || status === 'paused')) await this.open(spec);
      } catch (error) {
        failed.push({ runId, reason: error instanceof Error ? error.message : String(error) });
      }
    }
    return failed;
  }

  /** Starts a run of a journey with no error finding over an audience; answers its first snapshot. */
  async start(input: StartRunInput): Promise<RunSnapshot> {
    const imported = importJourneyFile(input.journeyFile);
    if (!imported.ok) throw new HostFailure(RunErrorCode.badJourney, imported.errors[0] ? formatImportError(imported.errors[0]) : 'unreadable journey file');
    const { journey, templates = [], channels = [] } = imported.file;
    const channel = input.channel ?? channels.find((c) => c.id === journey.channel) ?? SANDBOX;
    const audience = parseAudienceCsv(input.audienceCsv);
    if (audience.contacts.length === 0) throw new HostFailure(RunErrorCode.badAudience, audience.errors[0]?.message ?? 'the audience has no contact');
    const findings = validateJourney({ journey, templates, channels: [channel], audience: audience.contacts });
    if (hasErrors(findings)) {
      const errors = findings.filter((f) => f.severity === 'error');
      throw new HostFailure(RunErrorCode.hasErrors, `${errors.length} error finding(s), first: ${errors[0]?.rule}: ${errors[0]?.message}`);
    }
    const runId = `r-${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`;
    const spec: RunSpec = { runId, journey, templates, channel, contacts: audience.contacts.length, seed: randomBytes(4).readUInt32LE(0), createdAt: Date.now() };
    createRunFiles(this.options.dataDir, spec, input.audienceCsv);
    return (await this.open(spec)).executor.snapshot();
  }

  private async open(spec: RunSpec): Promise<RunSession> {
    let token: string | undefined;
    if (spec.channel.mode === 'meta') {
      token = (await this.options.tokenOf?.(spec.channel.id)) ?? undefined;
      if (!token) throw new HostFailure(RunErrorCode.noToken, `channel ${spec.channel.id} has no access token in the secret store`);
    }
    const session = await openRunSession({ dir: runDir(this.options.dataDir, spec.runId), spec, token, onProgress: this.options.onProgress, gateway: this.options.gateway });
    this.sessions.set(spec.runId, session);
    return session;
  }

  /** The snapshot of a run not open in this session, read from its journal. */
  private async readOnly(runId: string): Promise<RunSnapshot | null> {
    const dir = runDir(this.options.dataDir, runId);
    const spec = readRunSpec(dir);
    if (spec === null) return null;
    const executor = await RunExecutor.open({ dir, spec, sender: { send: async () => ({ ok: false, code: -1, kind: 'network' }) } });
    const snapshot = executor.snapshot();
    executor.close();
    return snapshot;
  }

  async list(): Promise<RunSnapshot[]> {
    const out: RunSnapshot[] = [];
    for (const runId of listRunIds(this.options.dataDir)) {
      const snapshot = this.sessions.get(runId)?.executor.snapshot() ?? (await this.readOnly(runId));
      if (snapshot) out.push(snapshot);
    }
    return out;
  }

  async get(runId: string): Promise<RunSnapshot> {
    const snapshot = this.sessions.get(runId)?.executor.snapshot() ?? (await this.readOnly(runId));
    if (snapshot === null) throw new HostFailure(RunErrorCode.notFound, `no run ${runId}`);
    return snapshot;
  }

  /** Applies a control to an open run (a paused run of a past session is opened first). */
  async control(runId: string, action: 'pause' | 'resume' | 'cancel'): Promise<RunSnapshot> {
    let session = this.sessions.get(runId);
    if (session === undefined) {
      const spec = readRunSpec(runDir(this.options.dataDir, runId));
      if (spec === null) throw new HostFailure(RunErrorCode.notFound, `no run ${runId}`);
      session = await this.open(spec);
    }
    session.executor[action]();
    return session.executor.snapshot();
  }

  async resolveUncertain(runId: string, key: string, decision: 'sent' | 'resend'): Promise<RunSnapshot> {
    const session = this.sessions.get(runId);
    if (session === undefined || !session.executor.resolveUncertain(key, decision)) throw new HostFailure(RunErrorCode.notFound, `no uncertain send ${key} in run ${runId}`);
    return session.executor.snapshot();
  }

  async close(): Promise<void> {
    await Promise.all([...this.sessions.values()].map((session) => session.close()));
    this.sessions.clear();
  }
}

/** The status run folder `dir`'s journal last recorded, as a replay of it would set it ('running' before any). */
function journaledStatus(dir: string): RunStatus {
  let status: RunStatus = 'running';
  readJournal(runFiles(dir).journal, (record) => {
    const r = record as JournalRecord;
    if (r.k === 'st') status = r.s;
  });
  return status;
}
