import { describe, expect, it } from 'vitest';
import { exportParcels } from '../../tests/fixtures/export-parcels.ts';
import { squareLonLat } from '../../tests/fixtures/export-features.ts';
import { importGeoJson } from '../import/geojson-import.ts';
import { writeGeoJson } from './geojson-export.ts';
import { parcelFeatureSet } from './parcel-export-features.ts';

const twiceArea = (ring: number[][]) => ring.slice(0, -1).reduce((s, [x, y], i) => s + x! * ring[i + 1]![1]! - ring[i + 1]![0]! * y!, 0);

describe('writeGeoJson', () => {
  it('writes RFC 7946 lon/lat with right-hand winding, closed rings, a bbox and no crs member', () => {
    const clockwise = squareLonLat(113.8, 34, 0.001).reverse();
    const hole = squareLonLat(113.8002, 34.0002, 0.0002); // counter-clockwise: wrong for a hole
    const open = squareLonLat(113.9, 34, 0.001).slice(0, -1);
    const text = writeGeoJson([
      { id: 'L:0', geometry: { type: 'Polygon', coordinates: [clockwise, hole] }, properties: { name: '甲' } },
      { geometry: { type: 'MultiPolygon', coordinates: [[open]] }, properties: { name: null } },
      { geometry: null, properties: { name: '无图形' } },
    ]);
    const doc = JSON.parse(text);
    expect(doc.type).toBe('FeatureCollection');
    expect(doc).not.toHaveProperty('crs');
    const [first, second, third] = doc.features;
    expect(first.id).toBe('L:0');
    expect(first.bbox).toEqual([113.8, 34, 113.801, 34.001]);
    expect(twiceArea(first.geometry.coordinates[0])).toBeGreaterThan(0);
    expect(twiceArea(first.geometry.coordinates[1])).toBeLessThan(0);
    const ring = second.geometry.coordinates[0][0];
    expect(ring).toHaveLength(5);
    expect(ring[4]).toEqual(ring[0]);
    expect(third.geometry).toBeNull();
    expect(third.properties).toEqual({ name: '无图形' });
  });

  it('rounds coordinates to the chosen decimals (8 by default, about 1 mm)', () => {
    const doc = JSON.parse(writeGeoJson([{ geometry: { type: 'Point', coordinates: [113.123456789123, 34.987654321987] }, properties: {} }]));
    expect(doc.features[0].geometry.coordinates).toEqual([113.12345679, 34.98765432]);
    const coarse = JSON.parse(writeGeoJson([{ geometry: { type: 'Point', coordinates: [113.123456789, 34.9] }, properties: {} }], { coordinateDecimals: 6 }));
    expect(coarse.features[0].geometry.coordinates).toEqual([113.123457, 34.9]);
  });

  it('carries the card columns and the original attributes, and the importer reads back the same parcels and areas', () => {
    const parcels = exportParcels();
    const { features } = parcelFeatureSet(parcels);
    const text = writeGeoJson(features.map((f, i) => ({ ...f, id: parcels[i]!.row.parcelId })));
    const doc = JSON.parse(text);
    expect(doc.features[1].properties).toMatchObject({
      parcelCode: 'A2', landholder: '河南森源重工股份有限公司', park: '魏都产业集聚区', parcelClass: '低效',
      classReasons: '亩均税收 8.2 万元/亩 < 16 万元/亩', ZDDM: 'A2', YQMC: '魏都产业集聚区', BZ: '备注1',
    });
    const layer = importGeoJson({ kind: 'geojson', name: 'x', path: 'x.geojson', bytes: new TextEncoder().encode(text) });
    expect(layer.featureCount).toBe(parcels.length);
    layer.features.forEach((feature, i) => {
      expect(Math.abs(feature.areaSquareMeters - parcels[i]!.row.areaSquareMeters)).toBeLessThan(0.01);
      expect(feature.attributes.areaSquareMeters).toBe(Math.round(parcels[i]!.row.areaSquareMeters * 100) / 100);
    });
  });
});
