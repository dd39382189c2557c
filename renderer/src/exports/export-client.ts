import type { ExportFile } from '../../../shared/export/export-job.ts';
import type { ExportRequest, ExportResponse, ExportStep } from './export-protocol.ts';

/** Thrown when the user cancelled the export. */
export class ExportCancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'ExportCancelled';
  }
}

/** Thrown when the worker itself failed (not an error the export reported). */
export class ExportWorkerFailed extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExportWorkerFailed';
  }
}

/**
 * Runs one export in its own Web Worker, reporting each step; `signal` aborts it
 * at once (the worker is terminated, nothing is saved or stored).
 */
export function runExportInWorker(request: ExportRequest, onStep: (step: ExportStep) => void, signal?: AbortSignal): Promise<ExportFile> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new ExportCancelled());
      return;
    }
    const worker = new Worker(new URL('./exports.worker.ts', import.meta.url), { type: 'module' });
    const finish = () => {
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      finish();
      reject(new ExportCancelled());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.onmessage = (event: MessageEvent<ExportResponse>) => {
      const message = event.data;
      if (message.type === 'progress') {
        onStep(message);
        return;
      }
      finish();
      if (message.type === 'done') resolve(message.file);
      else reject(new Error(message.message));
    };
    worker.onerror = (event) => {
      finish();
      reject(new ExportWorkerFailed(event.message || 'export worker failed'));
    };
    worker.postMessage(request);
  });
}
