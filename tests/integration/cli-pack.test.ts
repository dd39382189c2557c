import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { buildGbkParcelZip, GBK_FIXTURE } from '../fixtures/gbk-parcel-zip.ts';

const ROOT = join(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'parceldesk-pack-'));
const zipPath = join(work, '报送数据.zip');
const keyFile = join(work, 'device-key.json');
writeFileSync(zipPath, buildGbkParcelZip());

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'cli/parceldesk.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('parceldesk pack and verify', () => {
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('packs a shapefile into a signed package that verify accepts, with its manifest summary', () => {
    const out = join(work, 'county.parceldesk.zip');
    const packed = cli('pack', zipPath, '--out', out, '--key', keyFile);
    expect(packed.status, packed.stderr).toBe(0);
    const verified = cli('verify', out, '--json');
    expect(verified.status).toBe(0);
    const report = JSON.parse(verified.stdout);
    expect(report).toMatchObject({ valid: true, reasons: [], manifest: { formatVersion: 1, counts: { layers: 1, features: GBK_FIXTURE.parcelCount, operations: 0 } } });
    const key = JSON.parse(readFileSync(keyFile, 'utf8'));
    expect(report.manifest.producer.publicKey).toBe(key.publicKey);
    // The snapshot carries the decoded Chinese attributes and the ellipsoidal area.
    const entries = unzipSync(readFileSync(out));
    const snapshot = JSON.parse(new TextDecoder().decode(entries['snapshot/layer-0.geojson']));
    expect(snapshot.features[1].properties.QLR).toBe(GBK_FIXTURE.landholders[1]);
    expect(snapshot.features[1].properties.areaSquareMeters).toBeGreaterThan(0);
  });

  it('reports a damaged package as invalid with the reason, exit 1', () => {
    const out = join(work, 'damaged.parceldesk.zip');
    expect(cli('pack', zipPath, '--out', out, '--key', keyFile).status).toBe(0);
    const bytes = readFileSync(out);
    const middle = Math.floor(bytes.length / 2);
    bytes[middle] = (bytes[middle] as number) ^ 0x10;
    writeFileSync(out, bytes);
    const verified = cli('verify', out, '--json');
    expect(verified.status).toBe(1);
    const report = JSON.parse(verified.stdout);
    expect(report.valid).toBe(false);
    expect(report.reasons[0]).toMatch(/^(checksumMismatch|notZip|badSignature|sizeMismatch)/);
  });

  it('refuses to pack what it cannot read, with one line on stderr', () => {
    const result = cli('pack', join(work, 'missing.shp'), '--out', join(work, 'x.zip'), '--key', keyFile);
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });
});
