import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_PARKS } from '../../scripts/demo/xuchang-parks.ts';
import { buildDemoZip, DEMO_LAYER_NAME } from '../../scripts/generate-demo.ts';
import { importZip } from '../../shared/import/zip-import.ts';

const zip = buildDemoZip();
const files = unzipSync(zip);
const [layer] = importZip('xuchang-demo.zip', zip) as [ReturnType<typeof importZip>[number]];

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
    const [w, s, e, n] = layer.bboxLonLat ?? [];
    expect(w).toBeGreaterThan(113.3);
    expect(e).toBeLessThan(114.3);
    expect(s).toBeGreaterThan(33.7);
    expect(n).toBeLessThan(34.35);
  });

  it("computes each parcel's ellipsoidal area equal to the ZDMJ the generator wrote with GeographicLib, flagging the planted discrepancies", () => {
    const matching = layer.features.filter((f) => Math.abs(f.areaSquareMeters - Number(f.attributes.ZDMJ)) < 0.006);
    expect(matching.length / layer.features.length).toBeGreaterThan(0.9);
    const flagged = layer.features.filter((f) => f.areaMismatch);
    expect(flagged.length).toBe(layer.areaMismatches);
    expect(flagged.length).toBeGreaterThan(0);
    for (const feature of flagged) {
      expect(Math.abs((feature.recordedAreaSquareMeters ?? 0) - feature.areaSquareMeters) / feature.areaSquareMeters).toBeGreaterThan(0.01);
    }
    expect(layer.areaMu).toBeCloseTo(layer.areaSquareMeters / (10000 / 15), 6);
  });

  it('reads the coordinate system from the ESRI .prj and maps the Chinese schema', () => {
    expect(layer.crs).toMatchObject({ code: 'EPSG:4547', source: 'prj', needsConfirmation: false });
    expect(layer.fieldMapping).toMatchObject({ parcelCode: 'ZDDM', landholder: 'QLR', location: 'ZL', registeredArea: 'ZDMJ', plannedUse: 'TDYT', park: 'YQMC' });
    expect(layer.invalidFeatures).toBe(0);
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
