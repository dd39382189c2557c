/// <reference lib="webworker" />
import { sha256OfParts } from '../../../shared/encoding/sha256.ts';
import { importLayer } from '../../../shared/import/import-layer.ts';
import type { ImportedLayer } from '../../../shared/import/imported-layer.ts';
import { ImportError, type ImportProblem } from '../../../shared/import/import-problem.ts';
import { groupSourceFiles, type LayerSource } from '../../../shared/import/layer-grouping.ts';
import { ParcelDeskDatabase } from '../storage/database.ts';
import { encodeChunks } from '../storage/project-store.ts';
import { storeImportedLayer } from './store-imported-layer.ts';
import type { ImportRequest, ImportResponse, LayerPreview, WorkerImportOptions } from './import-protocol.ts';

// Parsing, reprojection and area run here, off the UI thread. The page cancels by terminating the worker.
const scope = self as unknown as DedicatedWorkerGlobalScope;
let sources: LayerSource[] = [];
let results: (ImportedLayer | null)[] = [];

function post(message: ImportResponse): void {
  scope.postMessage(message);
}

function sourceBytes(source: LayerSource): Uint8Array[] {
  return source.kind === 'geojson' ? [source.bytes] : [source.shp, source.dbf].filter((b): b is Uint8Array => !!b);
}

async function run(requestId: number, index: number, options: WorkerImportOptions): Promise<{ preview: LayerPreview | null; problem?: ImportProblem }> {
  const source = sources[index] as LayerSource;
  try {
    const layer = importLayer(source, {
      ...options,
      onProgress: (p) => post({ type: 'progress', requestId, layerName: source.name, stage: p.stage, done: p.done, total: p.total }),
    });
    results[index] = layer;
    const { features: _features, ...summary } = layer;
    return { preview: { ...summary, sourceSha256: await sha256OfParts(sourceBytes(source)) } };
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
  } else if (request.type === 'store') {
    // Stored from here: the chunks never cross to the page (no second copy of 100k attribute values).
    const layer = results[request.layerIndex];
    const db = new ParcelDeskDatabase(request.databaseName);
    try {
      const layerId = await storeImportedLayer(db, request.project, request.preview, encodeChunks(layer?.features ?? [], layer?.attributeColumns));
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
