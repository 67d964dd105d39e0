import { planColumns } from '../../../core/audience';
import type { ColumnMapping } from '../../../core/audience';

/** The columns of an audience CSV header that become contact attributes, as the core importer plans them. */
export function attributeColumns(header: readonly string[], mapping: ColumnMapping = {}): string[] {
  return planColumns(header, mapping).plan?.attributes.map((a) => a.name) ?? [];
}
