import { describe, expect, it } from 'vitest';
import { generateBenchParcels } from '../scripts/bench/generate-bench-parcels.ts';
import { encodeLayerPart } from '../shared/import/layer-part.ts';
import { importShapefile } from '../shared/import/shapefile-import.ts';
import { decodeFeatureChunk } from '../shared/model/feature-chunk-codec.ts';
import { importShapefileThreaded } from './threaded-import.ts';

describe('threaded shapefile import', () => {
  it('gives the same result in two threads as in one', async () => {
    const data = generateBenchParcels(25_000);
    const source = {
      kind: 'shapefile' as const, name: 'p', path: 'p.shp', shp: data.bytes.shp, shx: data.bytes.shx, dbf: data.bytes.dbf,
      prj: new TextDecoder().decode(data.bytes.prj),
    };
    const threaded = await importShapefileThreaded(source, {}, 2);
    const single = encodeLayerPart(importShapefile(source));
    expect(threaded.summary.featureCount).toBe(25_000);
    expect(threaded.summary.areaSquareMeters).toBeCloseTo(single.summary.areaSquareMeters, 3);
    expect(threaded.summary.bboxLonLat).toEqual(single.summary.bboxLonLat);
    const probe = (part: typeof single) => part.chunks.flatMap((c) => decodeFeatureChunk(c, 'L'))[20_000];
    expect(probe(threaded)?.attributes).toEqual(probe(single)?.attributes);
    expect(probe(threaded)?.geometry).toEqual(probe(single)?.geometry);
  });
});
