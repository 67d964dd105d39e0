/**
 * Reading a command's input files (the journey, side files, the audience) with the one-line
 * reasons the CLI prints for an input it cannot read (a UsageError: exit 2). Shared by the
 * commands that take the same inputs (validate, simulate).
 */
import { parseAudienceCsv } from '../../../core/audience';
import type { Channel, Contact, Journey } from '../../../core/journey';
import { importJourneyFile, parseChannelsFile, parseTemplatesFile } from '../../../core/journey';
import type { Template } from '../../../core/whatsapp/template';
import { formatImportError, type ImportError } from '../../../core/journey/import-errors';
import { UsageError } from './usage-error';

/** What reading inputs needs: a file reader (paths as given on the command line) and stderr. */
export type InputIo = {
  readFile: (path: string) => Promise<string>;
  stderr: (text: string) => void;
};

/** Bad audience rows shown on stderr before the rest are counted. */
const ROWS_SHOWN = 10;

/** The text of `path`, or a UsageError saying why it cannot be read. */
export async function readInput(io: InputIo, path: string): Promise<string> {
  try {
    return await io.readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : error instanceof Error ? error.message : String(error);
    throw new UsageError(`cannot read ${path}: ${reason}`);
  }
}

/** The first import error on one line, with how many more there are. */
export function unreadable(path: string, errors: readonly ImportError[]): UsageError {
  const first = errors[0];
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
  return new UsageError(`${path}: ${first ? formatImportError(first) : 'unreadable'}${more}`);
}

/** A side file (templates, channels) parsed by `parse`, or a UsageError. */
export async function readSideFile<T>(io: InputIo, path: string, parse: (text: string) => { ok: true; value: T[] } | { ok: false; errors: ImportError[] }): Promise<T[]> {
  const loaded = parse(await readInput(io, path));
  if (!loaded.ok) throw unreadable(path, loaded.errors);
  return loaded.value;
}

/** The audience's good rows; bad rows go to stderr and are skipped. A file with no good row and errors is unreadable. */
export async function readAudience(io: InputIo, path: string): Promise<Contact[]> {
  return audienceRows(io, path, await readInput(io, path));
}

/** {@link readAudience} over text already read from `path`. */
export function audienceRows(io: Pick<InputIo, 'stderr'>, path: string, text: string): Contact[] {
  const csv = parseAudienceCsv(text);
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

/** A journey file with the templates and channels it can use. */
export type JourneyInputs = { journey: Journey; templates: Template[]; channels: Channel[] };

/**
 * The journey of `path` with its templates and channels: the file's own first (they win over
 * a library copy), then those of the `--templates` and `--channels` files when given.
 */
export async function readJourneyInputs(io: InputIo, path: string, side: { templates?: string; channels?: string }): Promise<JourneyInputs> {
  const imported = importJourneyFile(await readInput(io, path));
  if (!imported.ok) throw unreadable(path, imported.errors);
  const templates = [...(imported.file.templates ?? []), ...(side.templates ? await readSideFile(io, side.templates, parseTemplatesFile) : [])];
  const channels = [...(imported.file.channels ?? []), ...(side.channels ? await readSideFile(io, side.channels, parseChannelsFile) : [])];
  return { journey: imported.file.journey, templates, channels };
}
