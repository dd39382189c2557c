import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeGeoJson } from '../../shared/export/geojson-export.ts';
import { parcelFeatureSet } from '../../shared/export/parcel-export-features.ts';
import { exportParcels } from '../fixtures/export-parcels.ts';
import { ogrinfoLayer, ogrinfoUnavailableReason, wktPolygons } from '../fixtures/ogrinfo.ts';

const unavailable = ogrinfoUnavailableReason();
if (unavailable) console.warn(`export-geojson-ogr: skipped: ${unavailable}`);
const work = mkdtempSync(join(tmpdir(), 'parceldesk-geojson-'));

describe.skipIf(unavailable !== undefined)('GeoJSON export read back by GDAL', () => {
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('GDAL reads WGS 84 lon/lat polygons with the card values and original attributes', () => {
    const parcels = exportParcels();
    const path = join(work, '宗地.geojson');
    writeFileSync(path, writeGeoJson(parcelFeatureSet(parcels).features));
    const info = ogrinfoLayer(path);
    expect(info.featureCount).toBe(parcels.length);
    expect(info.srs).toMatch(/ID\["EPSG",4326\]\]$/);
    info.features.forEach((feature, i) => {
      const parcel = parcels[i]!;
      expect(feature.values).toMatchObject({ parcelCode: parcel.row.parcelCode, park: parcel.row.park, BZ: parcel.attributes!.BZ });
      const ring = wktPolygons(feature.wkt!)[0]![0]!;
      const expected = (parcel.geometry as { coordinates: number[][][] }).coordinates[0]!;
      // Coordinates are rounded to 8 decimals (about 1 mm).
      expect(ring).toHaveLength(expected.length);
      ring.forEach(([lon, lat], k) => {
        expect(Math.abs(lon - expected[k]![0]!)).toBeLessThan(5e-9);
        expect(Math.abs(lat - expected[k]![1]!)).toBeLessThan(5e-9);
      });
    });
  });
});
