// A worker thread that imports record ranges of shapefiles on request, handing each back encoded.
// It stays alive between requests (a pool of one), so only the first import pays its start-up.
import { parentPort } from 'node:worker_threads';
import { partBuffers } from '../shared/import/layer-part.ts';
import type { ImportOptions } from '../shared/import/imported-layer.ts';
import type { ShapefileSource } from '../shared/import/layer-grouping.ts';
import { importShapefilePart } from '../shared/import/shapefile-import.ts';
import type { RecordRange } from '../shared/shapefile/shp-reader.ts';

interface PartRequest {
  readonly id: number;
  readonly source: ShapefileSource;
  readonly options: ImportOptions;
  readonly range: RecordRange;
}

parentPort?.on('message', ({ id, source, options, range }: PartRequest) => {
  try {
    const part = importShapefilePart(source, options, range);
    parentPort?.postMessage({ id, part }, partBuffers(part));
  } catch (error) {
    parentPort?.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
