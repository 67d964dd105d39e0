/** Output handles with a fixed meaning have a translated name; branch ids are names already. */
const FIXED_HANDLES = ['out', 'failed', 'replied', 'timeout', 'yes', 'no', 'else'] as const;
type FixedHandle = (typeof FIXED_HANDLES)[number];

const isFixed = (handle: string): handle is FixedHandle => (FIXED_HANDLES as readonly string[]).includes(handle);

/** `t` is i18next's or the steps' cached one: both take the full key. */
export function handleName(t: (key: `editor.handles.${FixedHandle}`) => string, handle: string): string {
  return isFixed(handle) ? t(`editor.handles.${handle}`) : handle;
}
