import { existsSync } from 'node:fs';
import geodesicModule from 'geographiclib-geodesic';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFromPath } from '../../cli/import-path.ts';
import { describeProblem } from '../../shared/import/import-messages.ts';

// Public shapefiles written by other tools (shapefile-js's fixtures), beside the repo.
const CORPUS = join(import.meta.dirname, '../../../shared/corpus/shapefile-js');
const data = (name: string) => join(CORPUS, 'test/data', name);
const files = (name: string) => join(CORPUS, 'files', name);

function only(path: string) {
  const result = importFromPath(path);
  expect(result.problems.filter((p) => p.code !== 'unsupported-file')).toEqual([]);
  expect(result.layers).toHaveLength(1);
  return result.layers[0] as (typeof result.layers)[number];
}

const relative = (actual: number, expected: number) => Math.abs(actual - expected) / expected;
const geodesic = new geodesicModule.Geodesic.Geodesic(6378137, 1 / 298.257222101);

/** GeographicLib's area of a layer's polygons (outer rings minus holes), computed here independently. */
function geographicLibLayerArea(layer: ReturnType<typeof only>): number {
  let total = 0;
  for (const feature of layer.features) {
    const geometry = feature.geometry;
    if (geometry?.type !== 'Polygon' && geometry?.type !== 'MultiPolygon') continue;
    const polygons = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates) as number[][][][];
    for (const polygon of polygons) {
      polygon.forEach((ring, index) => {
        const p = geodesic.Polygon(false);
        for (const [lon, lat] of ring.slice(0, -1)) p.AddPoint(lat as number, lon as number);
        const area = Math.abs(p.Compute(false, true).area ?? NaN);
        total += index === 0 ? area : -area;
      });
    }
  }
  return total;
}

describe.skipIf(!existsSync(CORPUS))('every corpus file imports with correct values or is refused with a reason', () => {
  it.each([
    [files('pandr.shp'), 'pandr', 'Point', 80],
    [files('pandr.zip'), 'pandr', 'Point', 80],
    [files('TM_WORLD_BORDERS_SIMPL-0.3.shp'), 'TM_WORLD_BORDERS_SIMPL-0.3', 'Polygon', 246],
    [files('TM_WORLD_BORDERS_SIMPL-0.3.zip'), 'TM_WORLD_BORDERS_SIMPL-0.3', 'Polygon', 246],
    [data('senate.shp'), 'senate', 'Polygon', 40],
    [data('senate.zip'), 'senate', 'Polygon', 40],
    [data('mixedcase.zip'), 'senate', 'Polygon', 40],
    [data('counties.shp'), 'counties', 'Polygon', 14],
    [data('counties.zip'), 'counties', 'Polygon', 14],
    [data('train_stations.zip'), 'train_stations', 'Point', 361],
    [data('LGA_2013_AUST.shp'), 'LGA_2013_AUST', 'Polygon', 13],
    [data('utf.shp'), 'utf', 'Point', 2],
    [data('utf.zip'), 'utf', 'Point', 2],
    [data('codepage.shp'), 'codepage', 'Point', 2],
    [data('codepage.zip'), 'codepage', 'Point', 2],
    [data('htmlcpg.shp'), 'htmlcpg', 'Point', 2],
    [data('htmlprj.shp'), 'htmlprj', 'Point', 2],
    [data('qgis.zip'), 'qgis', 'Polygon', 2],
    [files('empty-shp.zip'), 'POLYGON', 'Polygon', 2],
    [data('export_multipointz.shp'), 'export_multipointz', 'MultiPoint', 1],
    [data('export_polylinez.shp'), 'export_polylinez', 'LineString', 1],
    [data('ipra_dresden_polygon.shp'), 'ipra_dresden_polygon', 'Polygon', 1],
    [data('SHP_Exclude.zip'), 'TestExclude', 'Polygon', 1],
    [data('zero-len-line.zip'), 'zero-len-line', 'LineString', 3],
    [data('T8Th4_6n.zip'), 'POLYLINE', 'LineString', 1],
    [data('no-dbf.shp'), 'no-dbf', 'Polygon', 14],
    [data('no-dbf.zip'), 'no-dbf', 'Polygon', 14],
  ])('imports %s as layer %s: %s × %i', (path, name, geometryType, count) => {
    const layer = only(path);
    expect(layer).toMatchObject({ name, geometryType, featureCount: count });
  });

  it.each([
    [data('bad.shp'), 'bad.shp', 'bad-header'],
    [data('badzip.zip'), 'badzip.zip', 'unreadable-zip'],
    [data('noshp.zip'), 'counties.shp', 'missing-shp'],
  ])('refuses %s naming %s (%s)', (path, file, code) => {
    const result = importFromPath(path);
    expect(result.layers).toEqual([]);
    const problem = result.problems.find((p) => p.code === code);
    expect(problem?.file).toContain(file);
    expect(describeProblem(problem as NonNullable<typeof problem>, 'zh-CN')).toContain(file);
    expect(describeProblem(problem as NonNullable<typeof problem>, 'en')).not.toMatch(/\bat .*\(.*:\d+:\d+\)/);
  });

  it('decodes UTF-8, CP1250 from "ANSI 1250" and "1250", and ignores an HTML page saved as .cpg', () => {
    const values = (path: string) => only(path).features.map((f) => f.attributes.field);
    expect(values(data('utf.shp'))).toEqual(['💩', 'Hněvošický háj']);
    expect(only(data('codepage.shp')).encoding).toEqual({ name: 'windows-1250', source: 'cpg' });
    expect(values(data('codepage.shp'))).toEqual(['??', 'Hněvošický háj']);
    expect(values(data('codepage.zip'))).toEqual(['??', 'Hněvošický háj']);
    expect(only(data('htmlcpg.shp')).encoding).toEqual({ name: 'utf-8', source: 'detected' });
    expect(values(data('htmlcpg.shp'))).toEqual(['💩', 'Hněvošický háj']);
  });

  it('reads Latin-1 names by the LDID 0x57 byte (Åland)', () => {
    const layer = only(files('TM_WORLD_BORDERS_SIMPL-0.3.shp'));
    expect(layer.encoding).toEqual({ name: 'windows-1252', source: 'ldid' });
    expect(layer.features[141]?.attributes.NAME).toBe('Åland Islands');
    expect(layer.features[0]?.attributes).toMatchObject({ ISO3: 'ATG', NAME: 'Antigua and Barbuda', POP2005: 83039, LON: -61.783 });
  });

  it('treats an HTML page saved as .prj as no .prj, and reads lon/lat from the coordinates', () => {
    const layer = only(data('htmlprj.shp'));
    expect(layer.warnings).toContain('prj-unreadable');
    expect(layer.crs).toMatchObject({ code: 'EPSG:4490', source: 'detected' });
    expect(layer.warnings).toContain('shx-missing');
  });

  it('converts NAD83 Massachusetts Mainland (ESRI .prj, outside the registry) and measures GDAL’s ellipsoidal area', () => {
    const layer = only(data('senate.shp'));
    expect(layer.crs.code).toBeNull();
    expect(layer.warnings).toContain('crs-outside-registry');
    expect(relative(layer.areaSquareMeters, geographicLibLayerArea(layer))).toBeLessThan(1e-9);
    // GDAL/SpatiaLite's ST_Area(geometry, 1) after ST_Transform to 4326; its ellipsoidal area is approximate.
    expect(relative(layer.areaSquareMeters, 20957748391.2659)).toBeLessThan(2e-4);
    expect(layer.features[0]?.attributes).toMatchObject({ SENDISTNUM: 36, SEN_DIST: 'First Worcester', SENATOR: 'Harriette L. Chandler (D)' });
  });

  it('measures areas equal to GeographicLib’s, and to the area a file records for itself', () => {
    const lga = only(data('LGA_2013_AUST.shp'));
    expect(lga.features.filter((f) => f.geometry === null)).toHaveLength(12);
    expect(lga.features[4]?.geometry?.type).toBe('MultiPolygon');
    expect((lga.features[4]?.geometry?.coordinates as unknown[]).length).toBe(21);
    expect(relative(lga.areaSquareMeters, 4400.7309 * 1e6)).toBeLessThan(1e-6);
    for (const path of [data('LGA_2013_AUST.shp'), data('ipra_dresden_polygon.shp'), data('counties.shp'), data('SHP_Exclude.zip'), data('qgis.zip')]) {
      const layer = only(path);
      expect(relative(layer.areaSquareMeters, geographicLibLayerArea(layer)), path).toBeLessThan(1e-9);
    }
    const exclude = only(data('SHP_Exclude.zip'));
    expect(exclude.features[0]?.geometry).toMatchObject({ type: 'Polygon' });
    expect((exclude.features[0]?.geometry?.coordinates as unknown[]).length).toBe(2);
  });

  it('finds the self-intersections GEOS finds (9 of the 14 Massachusetts counties)', () => {
    expect(only(data('counties.shp')).issueCounts['self-intersection']).toBe(9);
    expect(only(data('senate.shp')).invalidFeatures).toBeGreaterThanOrEqual(0);
  });

  it('reports null shapes, wrong winding, dropped Z/M, padding and missing parts instead of failing', () => {
    expect(only(data('zero-len-line.zip')).features[1]?.geometry).toBeNull();
    const empty = only(files('empty-shp.zip'));
    expect(empty.fields).toEqual([]);
    expect(empty.issueCounts['wrong-winding']).toBe(2);
    const multipoint = only(data('export_multipointz.shp'));
    expect(multipoint.warnings).toContain('z-m-dropped');
    expect(multipoint.features[0]?.geometry).toEqual({ type: 'MultiPoint', coordinates: [[-123, 48], [-122, 47], [-121, 46]] });
    expect(only(data('no-dbf.zip')).warnings).toEqual(expect.arrayContaining(['dbf-missing', 'shx-missing', 'prj-missing']));
    expect(only(data('train_stations.zip')).encoding).toEqual({ name: 'utf-8', source: 'cpg' });
  });
});
