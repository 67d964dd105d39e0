// Types `t()` against the English messages: a missing or misspelt key is a compile error.
// The reports and hand-off strings are a namespace of their own (`reports`): merged into
// `translation` they pushed TypeScript past its instantiation depth (TS2589) where a `t` is
// passed around.
import type { Messages } from './en';
import type { ImportErrorMessages } from './import-errors.en';
import type { ReportMessages } from './reports.en';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages; reports: ReportMessages; importErrors: ImportErrorMessages };
  }
}
