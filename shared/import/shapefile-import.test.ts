import { describe, expect, it } from 'vitest';
import { esriWktCgcs2000GaussKruger3 } from '../crs/esri-wkt.ts';
import { gaussKruger3Zone } from '../geodesy/gauss-kruger-zone.ts';
import { decodeFeatureChunk } from '../model/feature-chunk-codec.ts';
import { writeDbfTable } from '../shapefile/dbf-table-writer.ts';
import { writeShpRecords } from '../shapefile/shp-record-writer.ts';
import type { ShapefileSource } from './layer-grouping.ts';
import { encodeLayerPart, FEATURE_CHUNK_SIZE, type ImportedLayerPart } from './layer-part.ts';
import { importShapefile, importShapefilePart } from './shapefile-import.ts';

/** Clockwise closed square in EPSG:4547 metres (x east, y north). */
function square(x: number, y: number, size: number): Float64Array {
  return Float64Array.of(x, y, x, y + size, x + size, y + size, x + size, y, x, y);
}

const PARCELS = 2 * FEATURE_CHUNK_SIZE + 321;

/** Parcels in EPSG:4547 with GBK attributes; a few broken ones (unclosed, too few points) and one with a hole. */
function parcelLayer(): ShapefileSource {
  const rings = Array.from({ length: PARCELS }, (_, i) => {
    const x = 480_000 + (i % 70) * 300, y = 3_760_000 + Math.floor(i / 70) * 300;
    if (i % 997 === 5) return [square(x, y, 200).subarray(0, 8)]; // unclosed
    if (i % 1201 === 7) return [Float64Array.of(x, y, x, y + 1, x, y)]; // too few points
    if (i === 42) return [square(x, y, 200), square(x + 50, y + 50, 20).reverse()];
    return [square(x, y, 100 + (i % 50))];
  });
  const { shp, shx } = writeShpRecords('polygon', rings);
  const dbf = writeDbfTable(
    [{ name: 'QLR', type: 'C', length: 40 }, { name: 'ZDMJ', type: 'N', length: 12, decimals: 2 }, { name: 'GDSJ', type: 'D', length: 8 }],
    rings.map((_, i) => ({ QLR: `许昌第${i}号地块公司`, ZDMJ: i % 3 === 0 ? null : 10_000 + i / 4, GDSJ: i % 5 === 0 ? null : `20${10 + (i % 12)}-0${1 + (i % 9)}-1${i % 10}` })),
    { date: { year: 2024, month: 6, day: 1 } },
  );
  return { kind: 'shapefile', name: 'p', path: 'p.shp', shp, shx, dbf, prj: esriWktCgcs2000GaussKruger3(gaussKruger3Zone(38), false) };
}

const stored = (part: ImportedLayerPart) => part.chunks.flatMap((chunk) => decodeFeatureChunk(chunk, 'L')).map((f) => ({
  id: f.parcelId, geometry: f.geometry, attributes: { ...f.attributes }, area: f.areaSquareMeters,
  recorded: f.recordedAreaSquareMeters, mismatch: f.areaMismatch, issues: f.issues ?? [],
}));

describe('importing a shapefile straight into storage chunks', () => {
  const source = parcelLayer();

  it.each(['keep', 'fix', 'skip'] as const)('stores what encoding the imported layer stores (invalid features: %s)', (invalidFeatures) => {
    const part = importShapefilePart(source, { invalidFeatures });
    const expected = encodeLayerPart(importShapefile(source, { invalidFeatures }));
    expect(part.summary).toEqual(expected.summary);
    expect(part.chunks.map((c) => c.count)).toEqual(expected.chunks.map((c) => c.count));
    expect(stored(part)).toEqual(stored(expected));
  });

  it('keeps every record’s attributes, the hole and the flagged parcels', () => {
    const part = importShapefilePart(source);
    const features = stored(part);
    expect(features).toHaveLength(PARCELS);
    expect(part.summary.invalidFeatures).toBe(features.filter((f) => f.issues.length > 0).length);
    expect(features[5]?.issues).toContain('unclosed-ring');
    expect(features[7]?.issues).toContain('too-few-points');
    expect(features[42]?.geometry?.coordinates).toHaveLength(2);
    expect(features[4319]?.attributes).toEqual({ QLR: '许昌第4319号地块公司', ZDMJ: 10_000 + 4319 / 4, GDSJ: '2021-09-19' });
    expect(features[3000]?.attributes).toMatchObject({ ZDMJ: null, GDSJ: null });
  });

  it('reads a record range as the same records of the whole layer', () => {
    const whole = stored(importShapefilePart(source));
    const range = importShapefilePart(source, {}, { start: 1999, end: 4002 });
    expect(range.summary.featureCount).toBe(2003);
    expect(stored(range)).toEqual(whole.slice(1999, 4002));
  });
});
