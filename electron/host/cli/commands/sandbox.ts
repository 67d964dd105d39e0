/**
 * `wajourney sandbox [--port N] [--webhook URL] [--templates FILE] [--token T]` (journey
 * format spec, "Command line"): runs the sandbox Meta server alone on 127.0.0.1, with the
 * templates of FILE (a JSON array or a journey file) already reviewed as their `status` says.
 * Any non-empty token is accepted unless `--token` is given. Webhooks are signed with
 * WAJOURNEY_APP_SECRET (a random secret, printed, when unset). Ctrl+C stops it cleanly.
 */
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseTemplatesFile } from '../../../../core/journey';
import type { Template } from '../../../../core/whatsapp';
import { startSandbox } from '../../sandbox';
import type { CommandIo, CommandRun } from '../command-registry';
import { parseFlags, parsePort } from '../flags';
import { readSideFile } from '../input-files';
import { UsageError } from '../usage-error';

export type SandboxIo = CommandIo & {
  readFile: (path: string) => Promise<string>;
  /** Resolves when the user asks to stop (Ctrl+C). */
  stopped: Promise<void>;
};

export const run: CommandRun = (argv, io) => sandboxCommand(argv, { ...io, readFile: (path) => readFile(resolve(io.cwd, path), 'utf8'), stopped: stopSignal() });

/** SIGINT or SIGTERM, once; the handlers go away with it so a second Ctrl+C kills as usual. */
function stopSignal(): Promise<void> {
  return new Promise((done) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      done();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

export async function sandboxCommand(argv: readonly string[], io: SandboxIo): Promise<number> {
  const { values, positionals } = parseFlags(argv, { port: { type: 'string' }, webhook: { type: 'string' }, templates: { type: 'string' }, token: { type: 'string' } }, true);
  if (positionals.length > 0) throw new UsageError(`sandbox takes no file argument (got ${positionals[0]}); use --templates FILE`);
  const port = parsePort(values.port);
  if (values.webhook !== undefined && !/^https?:\/\/[^\s]+$/.test(values.webhook)) throw new UsageError(`invalid --webhook '${values.webhook}': expected an http(s) URL`);
  if (values.token === '') throw new UsageError('--token needs a non-empty value');
  const templates: Template[] = values.templates ? await readSideFile(io, values.templates, parseTemplatesFile) : [];
  const secretFromEnv = io.env.WAJOURNEY_APP_SECRET;
  const appSecret = secretFromEnv && secretFromEnv !== '' ? secretFromEnv : randomBytes(16).toString('hex');

  let sandbox;
  try {
    sandbox = await startSandbox({ port, appSecret, templates, ...(values.webhook ? { webhookUrl: values.webhook } : {}), ...(values.token ? { token: values.token } : {}) });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'EADDRINUSE' ? `port ${port} is already in use` : `cannot start the sandbox: ${error instanceof Error ? error.message : String(error)}`);
  }
  io.stdout(`${sandbox.baseUrl}\n`);
  io.stderr(
    [
      `sandbox Meta server on ${sandbox.baseUrl} (phone number id ${sandbox.phoneNumberId}, WABA ${sandbox.wabaId})`,
      `${templates.length} template(s); token: ${values.token ? 'only the one given' : 'any non-empty token'}`,
      values.webhook ? `webhooks to ${values.webhook}, signed with ${secretFromEnv ? 'WAJOURNEY_APP_SECRET' : `app secret ${appSecret} (set WAJOURNEY_APP_SECRET to choose it)`}` : 'no --webhook: statuses are kept in GET /sandbox/messages only',
      'Ctrl+C stops it.',
    ].join('\n') + '\n',
  );
  await io.stopped;
  await sandbox.close();
  io.stderr('sandbox stopped\n');
  return 0;
}
