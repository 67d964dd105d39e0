/**
 * `wajourney validate JOURNEY [--templates FILE] [--channels FILE] [--audience CSV] [--json]`
 * (journey format spec, "Command line"): prints the findings of a journey. Exit 0 with no
 * error finding, 1 with one; an input that cannot be read is a UsageError (one line on
 * stderr, exit 2), as for every command of the registry.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { hasErrors, validateJourney, type Language } from '../../../../core/rules';
import type { CommandIo, CommandRun } from '../command-registry';
import { parseFlags } from '../flags';
import { readAudience, readJourneyInputs } from '../input-files';
import { UsageError } from '../usage-error';
import { findingsJson, findingsText, useColour } from './validate-output';

/** What the command needs besides the registry's io: whether stdout is a terminal, and files. */
export type ValidateIo = CommandIo & {
  isTTY: boolean;
  /** Reads a file as UTF-8 text; `path` is as given on the command line. */
  readFile: (path: string) => Promise<string>;
};

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
  const { journey, templates, channels } = await readJourneyInputs(io, path, values);
  const audience = values.audience ? await readAudience(io, values.audience) : undefined;

  const findings = validateJourney({ journey, templates, channels, audience, language: languageOf(io.env) });
  io.stdout(values.json ? findingsJson(findings) : findingsText(path, findings, useColour(io.isTTY, io.env)));
  return hasErrors(findings) ? 1 : 0;
}

/** French when the user's locale says so (LC_ALL, LC_MESSAGES, then LANG), else English. */
export function languageOf(env: Readonly<Record<string, string | undefined>>): Language {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^fr([_.-]|$)/i.test(locale) ? 'fr' : 'en';
}
