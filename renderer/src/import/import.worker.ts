/// <reference lib="webworker" />
import { sha256OfParts } from '../../../shared/encoding/sha256.ts';
import { importLayerPart } from '../../../shared/import/import-layer.ts';
import type { ImportProgress } from '../../../shared/import/imported-layer.ts';
import { ImportError, type ImportProblem } from '../../../shared/import/import-problem.ts';
import { groupSourceFiles, type LayerSource, type ShapefileSource } from '../../../shared/import/layer-grouping.ts';
import {
  mergeLayerParts, partBuffers, splitRecords, splittableRecordCount, type ImportedLayerPart,
} from '../../../shared/import/layer-part.ts';
import { importShapefilePart } from '../../../shared/import/shapefile-import.ts';
import { ParcelDeskDatabase } from '../storage/database.ts';
import type { ImportRequest, ImportResponse, LayerPreview, WorkerImportOptions } from './import-protocol.ts';
import { storeImportedLayer } from './store-imported-layer.ts';

// Parsing, reprojection and area run here, off the UI thread; a large shapefile is split
// between this worker and a helper worker (two cores). The page cancels by terminating us.
const scope = self as unknown as DedicatedWorkerGlobalScope;
let sources: LayerSource[] = [];
let results: (ImportedLayerPart | null)[] = [];

function post(message: ImportResponse, transfer: Transferable[] = []): void {
  scope.postMessage(message, transfer);
}

function sourceBytes(source: LayerSource): Uint8Array[] {
  return source.kind === 'geojson' ? [source.bytes] : [source.shp, source.dbf].filter((b): b is Uint8Array => !!b);
}

/** Imports the second half of a large shapefile in a helper worker while this one does the first. */
async function importInTwo(
  source: ShapefileSource, options: WorkerImportOptions, records: number, onProgress: (progress: ImportProgress) => void,
): Promise<ImportedLayerPart> {
  const [mine, theirs] = splitRecords(records, 2) as [{ start: number; end: number }, { start: number; end: number }];
  const helper = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
  try {
    const other = new Promise<ImportedLayerPart>((resolve, reject) => {
      helper.onmessage = (event: MessageEvent<ImportResponse>) => {
        if (event.data.type === 'part-result') resolve(event.data.part);
        else if (event.data.type === 'error') reject(new ImportError({ code: 'truncated', file: source.path, detail: event.data.message }));
      };
      helper.onerror = (event) => reject(new Error(event.message));
    });
    helper.postMessage({ type: 'part', requestId: 0, source, options, range: theirs } satisfies ImportRequest);
    const own = importShapefilePart(source, { ...options, onProgress }, mine);
    return mergeLayerParts([own, await other]);
  } finally {
    helper.terminate();
  }
}

async function run(requestId: number, index: number, options: WorkerImportOptions): Promise<{ preview: LayerPreview | null; problem?: ImportProblem }> {
  const source = sources[index] as LayerSource;
  const onProgress = (p: ImportProgress) =>
    post({ type: 'progress', requestId, layerName: source.name, stage: p.stage, done: p.done, total: p.total });
  try {
    const records = splittableRecordCount(source);
    let part: ImportedLayerPart;
    if (source.kind === 'shapefile' && records > 0 && (navigator.hardwareConcurrency ?? 1) >= 2) {
      try {
        part = await importInTwo(source, options, records, onProgress);
      } catch (error) {
        if (error instanceof ImportError) throw error;
        part = importLayerPart(source, { ...options, onProgress }); // parts disagreed: one piece
      }
    } else {
      part = importLayerPart(source, { ...options, onProgress });
    }
    results[index] = part;
    return { preview: { ...part.summary, sourceSha256: await sha256OfParts(sourceBytes(source)) } };
  } catch (error) {
    results[index] = null;
    if (error instanceof ImportError) return { preview: null, problem: error.problem };
    return { preview: null, problem: { code: 'truncated', file: source.path, detail: error instanceof Error ? error.message : String(error) } };
  }
}

async function handle(request: ImportRequest): Promise<void> {
  if (request.type === 'inspect') {
    const grouped = groupSourceFiles(request.files);
    sources = grouped.layers;
    results = [];
    const problems = [...grouped.problems];
    const layers: (LayerPreview | null)[] = [];
    for (let i = 0; i < sources.length; i++) {
      const outcome = await run(request.requestId, i, request.options);
      layers.push(outcome.preview);
      if (outcome.problem) problems.push(outcome.problem);
    }
    post({ type: 'previews', requestId: request.requestId, layers, problems });
  } else if (request.type === 'reinspect') {
    const outcome = await run(request.requestId, request.layerIndex, request.options);
    post({ type: 'preview', requestId: request.requestId, layer: outcome.preview, problems: outcome.problem ? [outcome.problem] : [] });
  } else if (request.type === 'part') {
    // A helper's share of a large layer, handed back as plain data.
    const part = importShapefilePart(request.source, request.options, request.range);
    post({ type: 'part-result', requestId: request.requestId, part }, partBuffers(part));
  } else if (request.type === 'store') {
    // Stored from here: the chunks never cross to the page.
    const db = new ParcelDeskDatabase(request.databaseName);
    try {
      const layerId = await storeImportedLayer(db, request.project, request.preview, results[request.layerIndex]?.chunks ?? []);
      post({ type: 'stored', requestId: request.requestId, layerId });
    } finally {
      db.close();
    }
  }
}

scope.onmessage = (event: MessageEvent<ImportRequest>) => {
  handle(event.data).catch((error: unknown) =>
    post({ type: 'error', requestId: event.data.requestId, message: error instanceof Error ? error.message : String(error) }));
};
