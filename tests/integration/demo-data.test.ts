import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { geodesicAreaSquareMeters } from '../../scripts/demo/park-parcels.ts';
import { DEMO_PARKS } from '../../scripts/demo/xuchang-parks.ts';
import { buildDemoZip, DEMO_LAYER_NAME } from '../../scripts/generate-demo.ts';
import { cgcs2000GaussKruger3, gaussKruger3Zone } from '../../shared/geodesy/gauss-kruger-zone.ts';
import { bboxOfGeometries } from '../../shared/model/bbox.ts';
import { readShapefileLayer } from '../../shared/shapefile/read-shapefile-layer.ts';

const zip = buildDemoZip();
const files = unzipSync(zip);
const part = (ext: string) => files[`${DEMO_LAYER_NAME}.${ext}`] as Uint8Array;
const layer = readShapefileLayer({ shp: part('shp'), dbf: part('dbf'), prj: new TextDecoder().decode(part('prj')) });

function hasGdal(): boolean {
  try {
    execFileSync('ogrinfo', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('demo project data', () => {
  const workDir = mkdtempSync(join(tmpdir(), 'parceldesk-demo-'));
  afterAll(() => rmSync(workDir, { recursive: true, force: true }));

  it('is byte-identical on every run', () => {
    expect(Buffer.from(buildDemoZip()).equals(Buffer.from(zip))).toBe(true);
  });

  it('has a few thousand parcels across all six parks, with no .cpg and GBK named by the LDID byte', () => {
    expect(layer.features.length).toBeGreaterThan(2000);
    expect(layer.features.length).toBeLessThan(5000);
    expect(Object.keys(files).some((name) => name.endsWith('.cpg'))).toBe(false);
    expect(layer.encoding).toEqual({ name: 'gbk', source: 'ldid' });
    const parks = new Set(layer.features.map((f) => f.attributes.YQMC));
    expect([...parks].sort()).toEqual(DEMO_PARKS.map((p) => p.name).sort());
  });

  it('decodes Chinese attributes without replacement characters', () => {
    const texts = layer.features.flatMap((f) => [f.attributes.QLR, f.attributes.ZL]).map(String);
    expect(texts.some((t) => t.includes('\ufffd'))).toBe(false);
    expect(texts.filter((t) => /有限公司$/.test(t)).length).toBeGreaterThan(1000);
    expect(layer.features[0]?.attributes.ZDDM).toMatch(/^\d{12}GB\d{5}$/);
  });

  it('lies around Xuchang in CGCS2000 lon/lat after inverse-projecting EPSG:4547', () => {
    const [w, s, e, n] = bboxOfGeometries(layer.features.map((f) => f.geometry)) ?? [];
    expect(w).toBeGreaterThan(113.3);
    expect(e).toBeLessThan(114.3);
    expect(s).toBeGreaterThan(33.7);
    expect(n).toBeLessThan(34.35);
  });

  it('records ZDMJ as the ellipsoidal area for almost every parcel, with a few registry discrepancies', () => {
    const projection = cgcs2000GaussKruger3(gaussKruger3Zone(38), false);
    let matching = 0;
    for (const feature of layer.features) {
      const ring = feature.geometry?.type === 'Polygon' ? feature.geometry.coordinates[0] : undefined;
      if (!ring) continue;
      const projected = Float64Array.from(ring.flatMap(([lon, lat]) => projection.forward(lon, lat)));
      if (Math.abs(geodesicAreaSquareMeters(projected) - Number(feature.attributes.ZDMJ)) < 0.01) matching++;
    }
    expect(matching / layer.features.length).toBeGreaterThan(0.9);
    expect(matching).toBeLessThan(layer.features.length);
  });

  it.skipIf(!hasGdal())('reads the same in GDAL (skipped when ogrinfo is not installed)', () => {
    for (const [name, bytes] of Object.entries(files)) writeFileSync(join(workDir, name), bytes);
    const info = execFileSync('ogrinfo', ['-q', '-fid', '0', join(workDir, `${DEMO_LAYER_NAME}.shp`), DEMO_LAYER_NAME], { encoding: 'utf8' });
    expect(info).toContain(`QLR (String) = ${layer.features[0]?.attributes.QLR}`);
    expect(info).toContain(`ZDDM (String) = ${layer.features[0]?.attributes.ZDDM}`);
    const summary = execFileSync('ogrinfo', ['-so', join(workDir, `${DEMO_LAYER_NAME}.shp`), DEMO_LAYER_NAME], { encoding: 'utf8' });
    expect(summary).toContain(`Feature Count: ${layer.features.length}`);
    expect(summary).toMatch(/CGCS2000 \/ 3-degree Gauss-Kruger CM 114E/);
  });
});
