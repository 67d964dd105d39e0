/// <reference lib="webworker" />
/**
 * The audience import off the UI thread: parsing a 100,000-row CSV and writing it to
 * IndexedDB never blocks the window. Messages: in, one request; out, progress then the outcome.
 */
import { runAudienceImport } from './run-audience-import';
import type { AudienceImportOutcome, AudienceImportProgress, AudienceImportRequest } from './run-audience-import';

export type WorkerReply = { kind: 'progress'; progress: AudienceImportProgress } | { kind: 'done'; outcome: AudienceImportOutcome };

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<AudienceImportRequest>) => {
  void runAudienceImport(event.data, (progress) => scope.postMessage({ kind: 'progress', progress } satisfies WorkerReply)).then((outcome) =>
    scope.postMessage({ kind: 'done', outcome } satisfies WorkerReply),
  );
};
