import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findKnownCrs, type KnownCrs } from '../../shared/crs/china-crs-registry.ts';
import { transformForKnownCrs } from '../../shared/crs/lon-lat-transform.ts';
import type { DbfExportField } from '../../shared/export/dbf-field-schema.ts';
import { writeShapefileLayers, zipShapefileLayers, type ShapefileLayerFiles } from '../../shared/export/shapefile-writer.ts';
import { createEllipsoidalArea } from '../../shared/geodesy/ellipsoidal-area.ts';
import type { ParcelGeometry } from '../../shared/model/geometry.ts';
import type { DbfValue } from '../../shared/shapefile/dbf-reader.ts';
import { EXPORT_COLUMNS, parcelExportFeatures } from '../fixtures/export-features.ts';
import { ogrinfoLayer, ogrinfoUnavailableReason, wktCoordinates, wktPolygons } from '../fixtures/ogrinfo.ts';

const unavailable = ogrinfoUnavailableReason();
if (unavailable) console.warn(`export-shapefile-ogr: skipped: ${unavailable}`);
const work = mkdtempSync(join(tmpdir(), 'parceldesk-export-'));
const DATE = { year: 2021, month: 3, day: 1 };

function writeLayer(layer: ShapefileLayerFiles, folder = work): string {
  for (const [extension, bytes] of Object.entries(layer.files)) writeFileSync(join(folder, `${layer.baseName}.${extension}`), bytes);
  return join(folder, `${layer.baseName}.shp`);
}

/** The text ogrinfo prints for a value written to this field. */
function ogrText(field: DbfExportField, value: DbfValue | undefined): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (field.type === 'N') return Number(value).toFixed(field.decimals);
  if (field.type === 'D') return String(value).replace(/-/g, '/');
  if (field.type === 'L') return value ? 'T' : 'F';
  return String(value);
}

/** GDAL's own conversion of CGCS2000 lon/lat to the target system, independent of ours. */
function gdalTransform(lonLat: [number, number][], code: string): [number, number][] {
  const run = spawnSync('gdaltransform', ['-s_srs', 'EPSG:4490', '-t_srs', code], { input: lonLat.map((p) => p.join(' ')).join('\n'), encoding: 'utf8' });
  return run.stdout.trim().split('\n').map((line) => line.split(' ').slice(0, 2).map(Number) as [number, number]);
}

const polygonsOf = (g: ParcelGeometry) => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);

describe.skipIf(unavailable !== undefined)('shapefile export read back by GDAL ogrinfo', () => {
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  for (const code of ['EPSG:4547', 'EPSG:4526', 'EPSG:4490', 'EPSG:2383']) {
    it(`${code}: ogrinfo names the system, and reads every value, field name and feature as written`, () => {
      const features = parcelExportFeatures();
      const [layer] = writeShapefileLayers(features, { baseName: `宗地_${code.slice(5)}`, columns: EXPORT_COLUMNS, crsCode: code, date: DATE });
      const info = ogrinfoLayer(writeLayer(layer!));
      expect(info.srs).toMatch(new RegExp(`ID\\["EPSG",${code.slice(5)}\\]\\]$`));
      expect(info.geometry).toBe('Polygon');
      expect(info.featureCount).toBe(features.length);
      expect(info.fields.map((f) => f.name)).toEqual(layer!.fields.map((f) => f.name));
      expect(info.fields.map((f) => f.type)).toEqual(layer!.fields.map((f) => ({ C: 'String', N: 'Real', D: 'Date', L: 'String' })[f.type]));
      info.features.forEach((feature, i) => {
        const expected = Object.fromEntries(layer!.fields.map((f) => [f.name, ogrText(f, features[i]!.properties[f.key])]));
        // ogrinfo leaves out a date that is not set.
        const got = Object.fromEntries(info.fields.map((f) => [f.name, feature.values[f.name] ?? null]));
        expect(got).toEqual(expected);
      });
    });
  }

  it('EPSG:4547: coordinates agree with GDAL\'s own transform to 1 mm and the ellipsoidal area to 0.01 m²', () => {
    const features = parcelExportFeatures();
    const [layer] = writeShapefileLayers(features, { baseName: 'geometry_4547', columns: EXPORT_COLUMNS, crsCode: 'EPSG:4547', date: DATE });
    const info = ogrinfoLayer(writeLayer(layer!));
    const toLonLat = transformForKnownCrs(findKnownCrs('EPSG:4547') as KnownCrs);
    const area = createEllipsoidalArea();
    features.forEach((feature, i) => {
      const wkt = info.features[i]!.wkt;
      if (!feature.geometry) return expect(wkt).toBeNull();
      const written = wktCoordinates(wkt as string);
      const rings = polygonsOf(feature.geometry as ParcelGeometry).flat();
      const byGdal = gdalTransform(rings.flat(), 'EPSG:4547');
      for (const [x, y] of byGdal) {
        expect(Math.min(...written.map(([wx, wy]) => Math.hypot(wx - x, wy - y)))).toBeLessThan(0.001);
      }
      const areaBack = wktPolygons(wkt as string).reduce((sum, polygon) => sum + polygon.reduce((s, ring, r) => {
        const ringArea = area.ringAreaSquareMetersFlat(toLonLat(Float64Array.from(ring.flat())));
        return s + (r === 0 ? ringArea : -ringArea);
      }, 0), 0);
      const expectedArea = polygonsOf(feature.geometry as ParcelGeometry).reduce((sum, p) => sum + area.polygonAreaSquareMeters(p), 0);
      expect(Math.abs(areaBack - expectedArea)).toBeLessThan(0.01);
    });
  });

  it('reads GBK text through the LDID byte alone when the .cpg is lost', () => {
    const [layer] = writeShapefileLayers(parcelExportFeatures(), { baseName: 'no_cpg', columns: EXPORT_COLUMNS, crsCode: 'EPSG:4547', date: DATE });
    const path = writeLayer(layer!);
    unlinkSync(join(work, 'no_cpg.cpg'));
    expect(ogrinfoLayer(path).features.map((f) => f.values['权利人'])).toEqual(parcelExportFeatures().map((f) => f.properties.landholder));
  });

  it('reads the zipped export in place (/vsizip/), Chinese entry names included', () => {
    const layers = writeShapefileLayers(parcelExportFeatures(), { baseName: '许昌_低效', columns: EXPORT_COLUMNS, crsCode: 'EPSG:4547', date: DATE });
    const zipPath = join(work, 'export.zip');
    writeFileSync(zipPath, zipShapefileLayers(layers));
    const info = ogrinfoLayer(`/vsizip/${zipPath}/许昌_低效.shp`);
    expect(info.featureCount).toBe(3);
    expect(info.features[1]!.values['权利人']).toBe('河南森源重工股份有限公司');
  });

  it('reference features: GDAL reads the point and line layers with their values', () => {
    const layers = writeShapefileLayers([
      { geometry: { type: 'Point', coordinates: [113.8, 34] }, properties: { 名称: '界桩1' } },
      { geometry: { type: 'MultiLineString', coordinates: [[[113.8, 34], [113.81, 34.01]], [[113.82, 34], [113.83, 34.01]]] }, properties: { 名称: '瑞祥路' } },
      { geometry: { type: 'Point', coordinates: [113.82, 34.02] }, properties: { 名称: '界桩2' } },
    ], { baseName: '参考', columns: [{ key: '名称' }], crsCode: 'EPSG:4547', date: DATE });
    const [lines, points] = [ogrinfoLayer(writeLayer(layers[0]!)), ogrinfoLayer(writeLayer(layers[1]!))];
    expect([lines.geometry, lines.featureCount, points.geometry, points.featureCount]).toEqual(['Line String', 1, 'Point', 2]);
    expect(points.features.map((f) => f.values['名称'])).toEqual(['界桩1', '界桩2']);
    expect(lines.features[0]!.wkt).toMatch(/^MULTILINESTRING \(\(/);
    const [x, y] = gdalTransform([[113.82, 34.02]], 'EPSG:4547')[0]!;
    const [px, py] = wktCoordinates(points.features[1]!.wkt!)[0]!;
    expect(Math.hypot(px - x!, py - y!)).toBeLessThan(0.001);
  });
});
