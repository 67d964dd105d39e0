/**
 * `wajourney validate JOURNEY [--templates FILE] [--channels FILE] [--audience CSV] [--json]`
 * (journey format spec, "Command line"): prints the findings of a journey. Exit 0 with no
 * error finding, 1 with one; an input that cannot be read is a UsageError (one line on
 * stderr, exit 2), as for every command of the registry.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseAudienceCsv } from '../../../../core/audience';
import type { Contact } from '../../../../core/journey';
import { importJourneyFile, parseChannelsFile, parseTemplatesFile } from '../../../../core/journey';
import { formatImportError, type ImportError } from '../../../../core/journey/import-errors';
import { hasErrors, validateJourney, type Language } from '../../../../core/rules';
import type { CommandIo, CommandRun } from '../command-registry';
import { parseFlags } from '../flags';
import { UsageError } from '../usage-error';
import { findingsJson, findingsText, useColour } from './validate-output';

/** What the command needs besides the registry's io: whether stdout is a terminal, and files. */
export type ValidateIo = CommandIo & {
  isTTY: boolean;
  /** Reads a file as UTF-8 text; `path` is as given on the command line. */
  readFile: (path: string) => Promise<string>;
};

/** Bad audience rows shown on stderr before the rest are counted. */
const ROWS_SHOWN = 10;

/** The command as the registry runs it: files relative to the working directory, stdout's TTY. */
export const run: CommandRun = (argv, io) =>
  validateCommand(argv, { ...io, isTTY: process.stdout.isTTY === true, readFile: (path) => readFile(resolve(io.cwd, path), 'utf8') });

/** Runs `validate` with the arguments after the command name; answers the exit code. */
export async function validateCommand(argv: readonly string[], io: ValidateIo): Promise<number> {
  const { values, positionals } = parseFlags(
    argv,
    { templates: { type: 'string' }, channels: { type: 'string' }, audience: { type: 'string' }, json: { type: 'boolean' } },
    true,
  );
  if (positionals.length !== 1) {
    throw new UsageError(positionals.length === 0 ? 'validate needs a JOURNEY file (see wajourney validate --help)' : `validate takes one JOURNEY file, got ${positionals.length}`);
  }
  const path = positionals[0]!;
  const imported = importJourneyFile(await read(io, path));
  if (!imported.ok) throw unreadable(path, imported.errors);
  const { journey } = imported.file;
  // The file's own templates and channels come first: they win over a library copy.
  const templates = [...(imported.file.templates ?? []), ...(values.templates ? await side(io, values.templates, parseTemplatesFile) : [])];
  const channels = [...(imported.file.channels ?? []), ...(values.channels ? await side(io, values.channels, parseChannelsFile) : [])];
  const audience = values.audience ? await loadAudience(io, values.audience) : undefined;

  const findings = validateJourney({ journey, templates, channels, audience, language: languageOf(io.env) });
  io.stdout(values.json ? findingsJson(findings) : findingsText(path, findings, useColour(io.isTTY, io.env)));
  return hasErrors(findings) ? 1 : 0;
}

async function read(io: ValidateIo, path: string): Promise<string> {
  try {
    return await io.readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : error instanceof Error ? error.message : String(error);
    throw new UsageError(`cannot read ${path}: ${reason}`);
  }
}

/** The first import error on one line, with how many more there are. */
function unreadable(path: string, errors: readonly ImportError[]): UsageError {
  const first = errors[0];
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
  return new UsageError(`${path}: ${first ? formatImportError(first) : 'unreadable'}${more}`);
}

async function side<T>(io: ValidateIo, path: string, parse: (text: string) => { ok: true; value: T[] } | { ok: false; errors: ImportError[] }): Promise<T[]> {
  const loaded = parse(await read(io, path));
  if (!loaded.ok) throw unreadable(path, loaded.errors);
  return loaded.value;
}

/** The audience's good rows; bad rows go to stderr and are skipped. A file with no good row and errors is unreadable. */
async function loadAudience(io: ValidateIo, path: string): Promise<Contact[]> {
  const csv = parseAudienceCsv(await read(io, path));
  if (csv.contacts.length === 0 && csv.errors.length > 0) {
    const first = csv.errors[0]!;
    throw new UsageError(`${path}: line ${first.line}: ${first.message}${csv.errors.length > 1 ? ` (and ${csv.errors.length - 1} more)` : ''}`);
  }
  for (const error of csv.errors.slice(0, ROWS_SHOWN)) {
    io.stderr(`${path}: line ${error.line}${error.column ? `, column ${error.column}` : ''}: ${error.message} (row skipped)\n`);
  }
  if (csv.errors.length > ROWS_SHOWN) io.stderr(`${path}: and ${csv.errors.length - ROWS_SHOWN} more problems\n`);
  return csv.contacts;
}

/** French when the user's locale says so (LC_ALL, LC_MESSAGES, then LANG), else English. */
export function languageOf(env: Readonly<Record<string, string | undefined>>): Language {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^fr([_.-]|$)/i.test(locale) ? 'fr' : 'en';
}
