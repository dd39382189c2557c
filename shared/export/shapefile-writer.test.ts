import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { EXPORT_COLUMNS, parcelExportFeatures, squareLonLat } from '../../tests/fixtures/export-features.ts';
import { createEllipsoidalArea } from '../geodesy/ellipsoidal-area.ts';
import { importShapefile } from '../import/shapefile-import.ts';
import type { ParcelGeometry } from '../model/geometry.ts';
import { readDbf } from '../shapefile/dbf-reader.ts';
import { readShp } from '../shapefile/shp-reader.ts';
import { signedAreaRelative } from './shape-parts.ts';
import { writeShapefileLayers, zipShapefileLayers, type ShapefileLayerFiles } from './shapefile-writer.ts';

const DATE = { year: 2021, month: 3, day: 1 };
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

function importBack(layer: ShapefileLayerFiles) {
  const { shp, shx, dbf, prj, cpg } = layer.files;
  return importShapefile({ kind: 'shapefile', name: layer.baseName, path: `${layer.baseName}.shp`, shp, shx, dbf, prj: decode(prj), cpg: decode(cpg) });
}

describe('writeShapefileLayers', () => {
  it('writes GBK attributes with LDID 0x4D, a GBK .cpg and unique 10-byte field names', () => {
    const [layer] = writeShapefileLayers(parcelExportFeatures(), { baseName: '闲置土地', columns: EXPORT_COLUMNS, crsCode: 'EPSG:4547', date: DATE });
    const table = readDbf(layer!.files.dbf, 'gbk');
    expect(decode(layer!.files.cpg)).toBe('GBK');
    expect(table.languageDriverId).toBe(0x4d);
    expect(table.fields.map((f) => [f.name, f.type])).toEqual([
      ['ZDDM', 'C'], ['权利人', 'C'], ['椭球面积', 'N'], ['面积_亩', 'N'], ['供地日期', 'D'], ['挂牌督办', 'L'], ['处置责任单', 'C'], ['处置责任_2', 'C'],
    ]);
    expect(table.rows).toEqual(parcelExportFeatures().map(({ properties: p }) => ({
      ZDDM: p.ZDDM, 权利人: p.landholder, 椭球面积: p.areaSquareMeters, 面积_亩: p.areaMu, 供地日期: p.supplyDate,
      挂牌督办: p.supervisedListing, 处置责任单: p.responsibleUnit ?? '', 处置责任_2: p.responsibleUnitNote ?? '',
    })));
  });

  it('writes Gauss-Krüger coordinates that the importer takes back to the same lon/lat and ellipsoidal area', () => {
    const features = parcelExportFeatures();
    const [layer] = writeShapefileLayers(features, { baseName: 'parcels', columns: EXPORT_COLUMNS, crsCode: 'EPSG:4547', date: DATE });
    const shp = readShp(layer!.files.shp);
    expect(shp.bbox[0]).toBeGreaterThan(400_000);
    expect(shp.bbox[0]).toBeLessThan(500_000);
    const imported = importBack(layer!);
    expect(imported.crs).toMatchObject({ code: 'EPSG:4547', source: 'prj' });
    expect(imported.encoding).toEqual({ name: 'gbk', source: 'cpg' });
    expect(imported.featureCount).toBe(3);
    const area = createEllipsoidalArea();
    features.forEach((feature, i) => {
      const back = imported.features[i]!;
      if (!feature.geometry) return expect(back.geometry).toBeNull();
      const polygons = (g: ParcelGeometry) => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);
      const expected = polygons(feature.geometry as ParcelGeometry);
      expect(back.geometry?.type).toBe(feature.geometry.type);
      const got = polygons(back.geometry as ParcelGeometry);
      expect(got.length).toBe(expected.length);
      const areaOf = (ps: typeof got) => ps.reduce((sum, p) => sum + area.polygonAreaSquareMeters(p), 0);
      expect(Math.abs(areaOf(got) - areaOf(expected))).toBeLessThan(1e-4);
      got.flat(2).forEach(([lon, lat]) => {
        const nearest = Math.min(...expected.flat(2).map(([x, y]) => Math.hypot(x - lon, y - lat)));
        expect(nearest).toBeLessThan(1e-9);
      });
    });
  });

  it('orients rings as shapefiles require: outer clockwise, holes counter-clockwise, whatever the input winding', () => {
    const clockwiseOuter = squareLonLat(113.8, 34, 0.001).reverse();
    const clockwiseHole = squareLonLat(113.8003, 34.0003, 0.0001).reverse();
    const [layer] = writeShapefileLayers(
      [{ geometry: { type: 'Polygon', coordinates: [clockwiseOuter, clockwiseHole] }, properties: {} }],
      { baseName: 'w', columns: [], crsCode: 'EPSG:4526', date: DATE },
    );
    const [outer, hole] = readShp(layer!.files.shp).shapes[0]!.parts;
    expect(signedAreaRelative(outer!)).toBeLessThan(0);
    expect(signedAreaRelative(hole!)).toBeGreaterThan(0);
    expect(outer![0]).toBeGreaterThan(38_000_000);
  });

  it('falls back to CGCS2000 lon/lat when the source system is unknown, and says so', () => {
    const [layer] = writeShapefileLayers(parcelExportFeatures(), { baseName: 'p', columns: EXPORT_COLUMNS, crsCode: null, date: DATE });
    expect(layer!.crs.fellBack).toBe(true);
    expect(importBack(layer!).crs).toMatchObject({ code: 'EPSG:4490', source: 'prj' });
    expect(readShp(layer!.files.shp).bbox[0]).toBeCloseTo(113.8, 6);
  });

  it('splits polygons, lines and points into one layer each, with the kind in the name', () => {
    const layers = writeShapefileLayers([
      { geometry: { type: 'Point', coordinates: [113.8, 34] }, properties: { name: '井' } },
      { geometry: { type: 'LineString', coordinates: [[113.8, 34], [113.81, 34.01]] }, properties: { name: '道路' } },
      { geometry: { type: 'Polygon', coordinates: [squareLonLat(113.8, 34, 0.001)] }, properties: { name: '宗地' } },
      { geometry: { type: 'Point', coordinates: [113.82, 34.02] }, properties: { name: '界桩' } },
    ], { baseName: '参考', columns: [{ key: 'name' }], crsCode: 'EPSG:4490', date: DATE });
    expect(layers.map((l) => [l.baseName, l.kind, l.featureCount])).toEqual([['参考_面', 'polygon', 1], ['参考_线', 'polyline', 1], ['参考_点', 'point', 2]]);
    const points = readShp(layers[2]!.files.shp);
    expect(points.shapes.map((s) => [...s!.parts[0]!])).toEqual([[113.8, 34], [113.82, 34.02]]);
    expect(readDbf(layers[2]!.files.dbf, 'gbk').rows.map((r) => r.name)).toEqual(['井', '界桩']);
  });

  it('zips the files of every layer under their names, and reports progress to the end', () => {
    const progress: string[] = [];
    const layers = writeShapefileLayers(parcelExportFeatures(), {
      baseName: '许昌_闲置', columns: EXPORT_COLUMNS, crsCode: 'EPSG:4547', date: DATE, onProgress: (p) => progress.push(`${p.phase}:${p.done}/${p.total}`),
    });
    const entries = unzipSync(zipShapefileLayers(layers, new Date(2021, 2, 1)));
    expect(Object.keys(entries).sort()).toEqual(['许昌_闲置.cpg', '许昌_闲置.dbf', '许昌_闲置.prj', '许昌_闲置.shp', '许昌_闲置.shx']);
    expect(entries['许昌_闲置.dbf']).toEqual(layers[0]!.files.dbf);
    expect(progress).toEqual(['geometry:0/3', 'geometry:3/3', 'attributes:0/3', 'attributes:3/3']);
  });
});
