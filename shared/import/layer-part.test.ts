import { describe, expect, it } from 'vitest';
import { buildGbkParcelZip } from '../../tests/fixtures/gbk-parcel-zip.ts';
import { decodeFeatureChunk } from '../model/feature-chunk-codec.ts';
import { groupSourceFiles, type ShapefileSource } from './layer-grouping.ts';
import { encodeLayerPart, mergeLayerParts, splitRecords } from './layer-part.ts';
import { importShapefile } from './shapefile-import.ts';

const [source] = groupSourceFiles([{ path: 'a.zip', bytes: buildGbkParcelZip() }]).layers as ShapefileSource[];

describe('importing a layer in record ranges', () => {
  it('gives the same summary and features as importing it whole', () => {
    const whole = encodeLayerPart(importShapefile(source as ShapefileSource));
    const parts = splitRecords(12, 3).map((range) => encodeLayerPart(importShapefile(source as ShapefileSource, {}, range)));
    const merged = mergeLayerParts(parts);
    expect(merged.summary.featureCount).toBe(12);
    expect(merged.summary.areaSquareMeters).toBeCloseTo(whole.summary.areaSquareMeters, 6);
    expect(merged.summary.bboxLonLat).toEqual(whole.summary.bboxLonLat);
    expect(merged.summary.sample).toEqual(whole.summary.sample);
    const decode = (part: typeof whole) => part.chunks.flatMap((c) => decodeFeatureChunk(c, 'L'))
      .map((f) => ({ id: f.parcelId, geometry: f.geometry, attributes: { ...f.attributes }, area: f.areaSquareMeters }));
    expect(decode(merged)).toEqual(decode(whole));
  });

  it('splits records into consecutive ranges', () => {
    expect(splitRecords(10, 2)).toEqual([{ start: 0, end: 5 }, { start: 5, end: 10 }]);
    expect(splitRecords(3, 4)).toEqual([{ start: 0, end: 1 }, { start: 1, end: 2 }, { start: 2, end: 3 }]);
  });
});
