import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildGbkParcelZip, GBK_FIXTURE } from '../fixtures/gbk-parcel-zip.ts';

const ROOT = join(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'parceldesk-cli-'));
const zipPath = join(work, '报送数据.zip');
writeFileSync(zipPath, buildGbkParcelZip());

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'cli/parceldesk.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('parceldesk inspect', () => {
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('prints one JSON object describing each layer, and exits 0', () => {
    const { status, stdout } = cli('inspect', zipPath, '--json');
    expect(status).toBe(0);
    const { layers } = JSON.parse(stdout);
    expect(layers).toHaveLength(1);
    const [layer] = layers;
    expect(Object.keys(layer)).toEqual(expect.arrayContaining([
      'name', 'geometryType', 'featureCount', 'encoding', 'crs', 'fields', 'bboxLonLat', 'areaSquareMeters', 'areaMu', 'invalidFeatures', 'warnings', 'sample',
    ]));
    expect(layer).toMatchObject({
      name: GBK_FIXTURE.layerName, geometryType: 'Polygon', featureCount: GBK_FIXTURE.parcelCount,
      encoding: { name: 'gbk', source: 'ldid' }, crs: { code: 'EPSG:4547', source: 'prj' }, invalidFeatures: 0,
    });
    expect(layer.fields.map((f: { name: string }) => f.name)).toEqual(['ZDDM', 'QLR', 'ZL', 'ZDMJ']);
    expect(layer.sample).toHaveLength(3);
    expect(layer.sample[1].QLR).toBe(GBK_FIXTURE.landholders[1]);
    expect(layer.areaMu).toBeCloseTo(layer.areaSquareMeters / (10000 / 15), 3);
    const [w, s, e, n] = layer.bboxLonLat;
    expect(w).toBeGreaterThan(113.8);
    expect(e).toBeLessThan(113.9);
    expect(s).toBeGreaterThan(34.0);
    expect(n).toBeLessThan(34.05);
  });

  it('takes the user\'s encoding and coordinate system, and says so', () => {
    const { stdout } = cli('inspect', zipPath, '--encoding', 'big5', '--crs', 'EPSG:4526', '--json');
    const [layer] = JSON.parse(stdout).layers;
    expect(layer.encoding).toEqual({ name: 'big5', source: 'user' });
    expect(layer.crs).toMatchObject({ code: 'EPSG:4526', source: 'user' });
  });

  it('exits 1 with one line on stderr for unreadable input', () => {
    const bad = join(work, 'broken.zip');
    writeFileSync(bad, 'this is not a zip');
    const result = cli('inspect', bad, '--json');
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('broken.zip: the zip file cannot be read');
    const missing = cli('inspect', join(work, 'nothing-here.shp'), '--json');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/nothing-here\.shp: no such file or folder/);
  });
});
