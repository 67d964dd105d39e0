/**
 * Starts an audience import in a Web Worker. Where there is no Worker (component tests in
 * jsdom) the same function runs on this thread, so tests exercise the real pipeline.
 */
import { runAudienceImport } from './run-audience-import';
import type { AudienceImportOutcome, AudienceImportProgress, AudienceImportRequest } from './run-audience-import';
import type { WorkerReply } from './audience-import.worker';

export function startAudienceImport(request: AudienceImportRequest, onProgress: (progress: AudienceImportProgress) => void): Promise<AudienceImportOutcome> {
  if (typeof Worker === 'undefined') return runAudienceImport(request, onProgress);
  const worker = new Worker(new URL('./audience-import.worker.ts', import.meta.url), { type: 'module' });
  return new Promise((resolve) => {
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      if (event.data.kind === 'progress') return onProgress(event.data.progress);
      worker.terminate();
      resolve(event.data.outcome);
    };
    worker.onerror = (event) => {
      worker.terminate();
      resolve({ ok: false, message: event.message || 'the import worker stopped', errors: [], errorCount: 0 });
    };
    worker.postMessage(request);
  });
}
