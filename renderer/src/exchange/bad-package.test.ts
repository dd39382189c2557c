import 'fake-indexeddb/auto';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../shared/encoding/sha256.ts';
import { createDeviceKeys, signBytes, type DeviceKeys } from '../../../shared/package/device-signature.ts';
import { appendSignature, splitSignature } from '../../../shared/package/signed-zip.ts';
import { loadDeviceKeys } from './device-keys.ts';
import { buildPackage } from './export-package.ts';
import { importPackage, type ImportOutcome } from './import-package.ts';
import { createDevice, databaseContents, parcelId, PROJECT, seedProject } from './test-devices.ts';

const T0 = Date.parse('2026-11-26T08:00:00Z');
const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);

/** A county package with an edit and base data, its producer's keys, and a receiving device that already has work of its own. */
async function setUp() {
  const county = await createDevice('张三', 'aaaaaaaaaaaaaaaa', () => T0);
  const city = await createDevice('李四', 'bbbbbbbbbbbbbbbb', () => T0);
  await seedProject(county.db);
  await county.session.edit(parcelId(1), [{ field: 'landholder', oldValue: null, newValue: '甲公司' }]);
  const built = await buildPackage(county.db, PROJECT, county.identity, { kind: 'full' });
  await seedProject(city.db);
  await city.session.edit(parcelId(0), [{ field: 'notes', oldValue: null, newValue: '市局自己的修改' }]);
  return { bytes: built?.bytes as Uint8Array, keys: await loadDeviceKeys(county.db), city };
}

/**
 * Rewrites entries and signs with `keys`: what a faulty or hostile producer
 * holding a valid key could make. With `fixManifest` the manifest's sizes and
 * hashes are made to match, so only the deeper checks can refuse it.
 */
async function rewrite(bytes: Uint8Array, keys: DeviceKeys, change: (e: Record<string, Uint8Array>) => void, fixManifest = false): Promise<Uint8Array> {
  const entries = unzipSync(splitSignature(bytes).signed);
  change(entries);
  if (fixManifest) {
    const manifest = JSON.parse(text(entries['manifest.json'])) as { entries: { path: string; sha256: string; byteLength: number }[] };
    for (const entry of manifest.entries) {
      const data = entries[entry.path] as Uint8Array;
      Object.assign(entry, { sha256: await sha256Hex(data), byteLength: data.length });
    }
    entries['manifest.json'] = strToU8(JSON.stringify(manifest));
  }
  const zip = zipSync(entries);
  return appendSignature(zip, await signBytes(keys, zip));
}

async function expectRefusedUnchanged(city: Awaited<ReturnType<typeof setUp>>['city'], bytes: Uint8Array, code: string, limits?: Parameters<typeof importPackage>[2]) {
  const before = await databaseContents(city.db);
  const outcome: ImportOutcome = await importPackage(city.db, bytes, limits);
  expect(outcome).toMatchObject({ kind: 'refused', problem: { code } });
  expect(await databaseContents(city.db)).toBe(before);
}

describe('bad packages are refused and nothing is written', () => {
  it('a flipped byte anywhere: in an entry, in the directory, in the signature', async () => {
    const { bytes, city } = await setUp();
    const before = await databaseContents(city.db);
    for (const at of [40, Math.floor(bytes.length / 2), bytes.length - 150, bytes.length - 5]) {
      const copy = bytes.slice();
      copy[at] = (copy[at] as number) ^ 0x01;
      expect((await importPackage(city.db, copy)).kind, `byte ${at}`).toBe('refused');
    }
    expect(await databaseContents(city.db)).toBe(before);
  });

  it('a wrong signature: re-signed by another device than the one named', async () => {
    const { bytes, city } = await setUp();
    await expectRefusedUnchanged(city, await rewrite(bytes, await createDeviceKeys(), () => {}), 'badSignature');
  });

  it('an unknown format version', async () => {
    const { bytes, keys, city } = await setUp();
    const newer = await rewrite(bytes, keys, (e) => {
      e['manifest.json'] = strToU8(JSON.stringify({ ...JSON.parse(text(e['manifest.json'])), formatVersion: 2 }));
    });
    await expectRefusedUnchanged(city, newer, 'unknownFormatVersion');
  });

  it.each([['../../evil.js'], ['/etc/cron.d/x'], ['attachments/../../x']])('an entry named %j', async (name) => {
    const { bytes, keys, city } = await setUp();
    await expectRefusedUnchanged(city, await rewrite(bytes, keys, (e) => void (e[name] = strToU8('x'))), 'unsafeEntryName');
  });

  it('an entry or the whole package over the size limits', async () => {
    const { bytes, city } = await setUp();
    await expectRefusedUnchanged(city, bytes, 'entryTooLarge', { limits: { maxEntries: 100, maxEntryBytes: 200, maxTotalBytes: 1 << 30, maxManifestBytes: 1 << 20 } });
    await expectRefusedUnchanged(city, bytes, 'totalTooLarge', { limits: { maxEntries: 100, maxEntryBytes: 1 << 20, maxTotalBytes: 2048, maxManifestBytes: 1 << 20 } });
  });

  it('malformed JSON in the operations, even with matching hashes and a valid signature', async () => {
    const { bytes, keys, city } = await setUp();
    const broken = await rewrite(bytes, keys, (e) => void (e['operations.json'] = strToU8('[{"id": "x", ')), true);
    await expectRefusedUnchanged(city, broken, 'malformedJson');
  });

  it('a snapshot that is not a layer, found while preparing and before writing', async () => {
    const { bytes, keys } = await setUp();
    const empty = await createDevice('王五', 'cccccccccccccccc', () => T0);
    const broken = await rewrite(bytes, keys, (e) => void (e['snapshot/layer-0.geojson'] = strToU8('{"type":"FeatureCollection","features":[{"properties":{}}]}')), true);
    await expectRefusedUnchanged({ ...empty }, broken, 'badContent');
  });

  it('changes for a project this device does not have, without base data', async () => {
    const { keys, bytes } = await setUp();
    const empty = await createDevice('王五', 'cccccccccccccccc', () => T0);
    const noLayers = await rewrite(bytes, keys, (e) => {
      delete e['snapshot/layer-0.geojson'];
      e['snapshot/layers.json'] = strToU8('[]');
      const manifest = JSON.parse(text(e['manifest.json']));
      manifest.entries = manifest.entries.filter((entry: { path: string }) => entry.path !== 'snapshot/layer-0.geojson');
      manifest.counts.layers = 0;
      e['manifest.json'] = strToU8(JSON.stringify(manifest));
    }, true);
    await expectRefusedUnchanged(empty, noLayers, 'projectMissing');
  });
});
