/**
 * The journey interpreter: the one place journey semantics live. A pure per-contact state
 * machine shared by the simulator (a seeded world on a virtual clock) and the executor
 * (Meta's answers and the wall clock). Compile a journey once, then `step` contacts through it.
 */
export * from './types';
export * from './compiled';
export { compileJourney, type CompileOptions } from './compile';
export { ContactTable } from './contact-table';
export { attributeOf, attributesOf, parametersOf, templateFor } from './attributes';
export { insideFreeEntryPoint, serviceWindowOpen, serviceWindowUntil } from './conversation';
export { inQuietHours, sendableAt, waitEnd } from './schedule';
export { isStopButton, isStopReply, matchesKeyword, normalizeReply } from './reply-match';
export { ZoneClock, zoneClock } from './time-zone';
export {
  mayStillSend,
  onAccepted,
  onClicked,
  onEntered,
  onFailed,
  onInbound,
  onOptOut,
  onStatus,
  onTimer,
  type InboundMessage,
} from './handlers';
export { initialState, readState, writeState, type ContactState, type MessageRecord, type PhaseName } from './state';
export { applyEvent, contactAttributes, step, type StepResult } from './step';
