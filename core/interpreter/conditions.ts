/**
 * `split_attribute` conditions, compiled once per journey. A contact's attribute is a string
 * (CSV cells and update_contact values are strings); a missing attribute satisfies only `neq`
 * and `exists: false`. An unknown operator never holds (the `split.condition-invalid` rule
 * reports it), and neither does a branch without conditions, so a half-drawn branch cannot
 * swallow every contact.
 */
import type { Condition } from '../journey/node';

/** A condition ready to evaluate. */
export interface CompiledCondition {
  attribute: string;
  test: (value: string | undefined) => boolean;
}

const never = (): boolean => false;

function asText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value) ?? '';
}

/** Numbers compare as numbers, ISO dates as instants, anything else as text. */
function compare(a: string, b: string): number {
  const na = Number(a);
  const nb = Number(b);
  if (a.trim() !== '' && b.trim() !== '' && Number.isFinite(na) && Number.isFinite(nb)) return na - nb;
  const da = Date.parse(a);
  const db = Date.parse(b);
  if (Number.isFinite(da) && Number.isFinite(db)) return da - db;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Compiles one condition of the journey format (ops eq, neq, in, contains, gt, lt, exists). */
export function compileCondition(condition: Condition): CompiledCondition {
  const { attribute, op, value } = condition;
  const text = asText(value);
  switch (op) {
    case 'eq':
      return { attribute, test: (v) => v !== undefined && v === text };
    case 'neq':
      return { attribute, test: (v) => v === undefined || v !== text };
    case 'in': {
      const set = new Set((Array.isArray(value) ? value : [value]).map(asText));
      return { attribute, test: (v) => v !== undefined && set.has(v) };
    }
    case 'contains': {
      // Case-insensitive: "Paris" contains "paris" for a marketer.
      const needle = text.toLowerCase();
      return { attribute, test: (v) => v !== undefined && v.toLowerCase().includes(needle) };
    }
    case 'gt':
      return { attribute, test: (v) => v !== undefined && v !== '' && compare(v, text) > 0 };
    case 'lt':
      return { attribute, test: (v) => v !== undefined && v !== '' && compare(v, text) < 0 };
    case 'exists': {
      const wanted = value !== false && value !== 'false';
      return { attribute, test: (v) => (v !== undefined && v !== '') === wanted };
    }
    default:
      return { attribute, test: never };
  }
}

/** A branch holds when it has conditions and all of them hold. */
export function branchHolds(conditions: readonly CompiledCondition[], read: (attribute: string) => string | undefined): boolean {
  if (conditions.length === 0) return false;
  for (const condition of conditions) {
    if (!condition.test(read(condition.attribute))) return false;
  }
  return true;
}
