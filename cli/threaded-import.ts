import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ImportOptions } from '../shared/import/imported-layer.ts';
import { mergeLayerParts, splitRecords, splittableRecordCount, type ImportedLayerPart } from '../shared/import/layer-part.ts';
import type { ShapefileSource } from '../shared/import/layer-grouping.ts';
import { importShapefilePart } from '../shared/import/shapefile-import.ts';

let pooled: Worker | undefined;
let nextRequest = 1;

/** The import thread, started on first use and kept (unref'd: it never holds the process open). */
function importThread(): Worker {
  if (!pooled) {
    // The CLI runs from TypeScript sources: the thread registers tsx, then loads its module.
    const module = new URL('./import-part-thread.ts', import.meta.url).href;
    pooled = new Worker(new URL('./thread-bootstrap.mjs', import.meta.url), { workerData: { module } });
    pooled.unref();
    pooled.once('exit', () => {
      pooled = undefined;
    });
  }
  return pooled;
}

/** A copy in shared memory: the thread reads it where it is instead of receiving a structured-clone copy. */
function shared(bytes: Uint8Array | undefined): Uint8Array | undefined {
  if (!bytes || bytes.buffer instanceof SharedArrayBuffer) return bytes;
  const copy = new Uint8Array(new SharedArrayBuffer(bytes.byteLength));
  copy.set(bytes);
  return copy;
}

function importRangeInThread(source: ShapefileSource, options: ImportOptions, range: { start: number; end: number }): Promise<ImportedLayerPart> {
  const worker = importThread();
  const id = nextRequest++;
  return new Promise((resolve, reject) => {
    const onMessage = (message: { id: number; part?: ImportedLayerPart; error?: string }) => {
      if (message.id !== id) return;
      worker.off('message', onMessage);
      worker.off('error', reject);
      if (message.part) resolve(message.part);
      else reject(new Error(message.error ?? 'import thread failed'));
    };
    worker.on('message', onMessage);
    worker.once('error', reject);
    worker.postMessage({ id, source, options, range });
  });
}

/**
 * Imports a shapefile as the app does on a machine with several cores: record
 * ranges in parallel (this thread takes the first), merged in order. Returns the
 * layer encoded for storage. Small layers, and layers whose ranges disagree, are
 * imported in one piece.
 */
export async function importShapefileThreaded(source: ShapefileSource, options: ImportOptions = {}, threads = Math.min(2, availableParallelism())): Promise<ImportedLayerPart> {
  const records = splittableRecordCount(source);
  if (threads < 2 || records === 0) return importShapefilePart(source, options);
  const [own, ...others] = splitRecords(records, threads);
  // The .shp and .dbf (tens of MB) are shared rather than cloned: cloning blocks this thread
  // for longer than the copy, and the import thread would start later by as long again.
  const sharedSource = { ...source, shp: shared(source.shp), dbf: shared(source.dbf) };
  const pending = others.map((range) => importRangeInThread(sharedSource, options, range));
  const mine = importShapefilePart(source, options, own);
  const parts = [mine, ...(await Promise.all(pending))];
  try {
    return mergeLayerParts(parts);
  } catch {
    return importShapefilePart(source, options); // the ranges were read differently
  }
}
