/** The header row of a CSV file, read from its first 64 KB with the core reader, for the mapping step. */
import { AUDIENCE_COLUMNS, parseAudienceCsv } from '../../../../core/audience';
import type { AudienceColumn, ColumnMapping } from '../../../../core/audience';
import { readFileText } from '../../workspace/download';

export async function readHeader(file: Blob): Promise<string[]> {
  const head = await readFileText(file.slice(0, 64 * 1024));
  const firstLine = head.split(/\r\n|\n|\r/, 1)[0] ?? '';
  return parseAudienceCsv(firstLine).columns.filter((name) => name !== '');
}

/** Each spec column mapped to the header of the same name (ignoring case), when the file has one. */
export function guessMapping(header: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  for (const column of AUDIENCE_COLUMNS) {
    const found = header.find((name) => name.toLowerCase() === column);
    if (found !== undefined) mapping[column as AudienceColumn] = found;
  }
  return mapping;
}
