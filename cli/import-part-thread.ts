// A worker thread's share of a large shapefile: one record range, handed back encoded.
import { parentPort, workerData } from 'node:worker_threads';
import { encodeLayerPart, partBuffers } from '../shared/import/layer-part.ts';
import type { ImportOptions } from '../shared/import/imported-layer.ts';
import type { ShapefileSource } from '../shared/import/layer-grouping.ts';
import { importShapefile } from '../shared/import/shapefile-import.ts';
import type { RecordRange } from '../shared/shapefile/shp-reader.ts';

const { source, options, range } = workerData as { source: ShapefileSource; options: ImportOptions; range: RecordRange };
const part = encodeLayerPart(importShapefile(source, options, range));
parentPort?.postMessage(part, partBuffers(part));
