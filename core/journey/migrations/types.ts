/** A JSON object as read from a file, before any schema has vouched for it. */
export type JsonObject = Record<string, unknown>;

/**
 * One step of the journey file format's history: turns a file of version `from` into a file
 * of version `from + 1`. Steps are pure and total: they run before validation, so they must
 * accept any JSON object without throwing and leave what they do not recognise untouched
 * (the schema reports it afterwards). They never mutate their input.
 */
export type Migration = {
  from: number;
  /** One line for the changelog and the import notice: what changed in this version. */
  summary: string;
  migrate: (file: JsonObject) => JsonObject;
};

/** True for a non-null, non-array object. */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
