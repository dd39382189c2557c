/// <reference lib="webworker" />
import { runExportJob } from '../../../shared/export/export-job.ts';
import { ParcelDeskDatabase } from '../storage/database.ts';
import { exportJobFor } from './export-job-for.ts';
import { readExportInputs } from './export-inputs-reader.ts';
import type { ExportRequest, ExportResponse } from './export-protocol.ts';

// One export per worker: read the parcels from IndexedDB (read only), write the
// file, post it back (its bytes transferred). The page cancels by terminating.
const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: ExportResponse, transfer: Transferable[] = []) => scope.postMessage(message, transfer);

async function run(request: ExportRequest): Promise<void> {
  const db = new ParcelDeskDatabase(request.databaseName);
  try {
    const parcels = await readExportInputs(db, request, (step) => post({ type: 'progress', ...step }));
    const file = runExportJob(exportJobFor(request.spec, parcels, request.language), (p) => post({ type: 'progress', ...p }));
    post({ type: 'done', file }, [file.bytes.buffer as ArrayBuffer]);
  } finally {
    db.close();
  }
}

scope.onmessage = (event: MessageEvent<ExportRequest>) => {
  run(event.data).catch((error: unknown) => post({ type: 'error', message: error instanceof Error ? error.message : String(error) }));
};
