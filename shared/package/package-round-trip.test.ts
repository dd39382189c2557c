import { unzipSync, zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../encoding/sha256.ts';
import type { FieldOperation } from '../survey/field-operation.ts';
import { createDeviceKeys, signBytes, type DeviceKeys } from './device-signature.ts';
import { readPackage } from './package-reader.ts';
import { writePackage, type PackageContent } from './package-writer.ts';
import { appendSignature, splitSignature } from './signed-zip.ts';

const DEVICE = '0123456789abcdef';

async function createContent(): Promise<PackageContent> {
  const photo = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4, 0xff, 0xd9]);
  const op: FieldOperation = {
    id: `2026-11-26T08:00:00.000Z-0000-${DEVICE}`, projectId: 'p', parcelId: 'p:zd:1', field: 'landholder',
    oldValue: '甲公司', newValue: '乙公司', author: '张三', device: DEVICE, deviceName: '县局笔记本-1',
    hlc: `2026-11-26T08:00:00.000Z-0000-${DEVICE}`, origin: 'local',
  };
  return {
    packageId: '6b0f7d1e-8d0a-4a57-9a0e-2f1f0c3b9a11', projectId: 'p', projectName: '示例', createdAt: '2026-11-26T08:00:00.000Z',
    producer: { device: DEVICE, deviceName: '县局笔记本-1', author: '张三' }, scope: { kind: 'full' },
    operations: [op],
    layers: [{
      record: { id: 'p:zd', projectId: 'p', name: 'zd', featureCount: 1, bbox: [113.8, 34, 113.81, 34.01], importedAt: '2026-11-26T07:00:00.000Z', role: 'parcels' },
      geojsonText: JSON.stringify({ type: 'FeatureCollection', features: [] }),
    }],
    attachments: [{ sha256: await sha256Hex(photo), bytes: photo }],
  };
}

/**
 * Rewrites a package's entries and signs the result with `keys`: a package made
 * by a faulty or hostile producer that holds a valid key, so the checks behind
 * the signature are what refuses it.
 */
async function rewrite(bytes: Uint8Array, keys: DeviceKeys, change: (entries: Record<string, Uint8Array>) => void): Promise<Uint8Array> {
  const entries = unzipSync(splitSignature(bytes).signed);
  change(entries);
  const zip = zipSync(entries);
  return appendSignature(zip, await signBytes(keys, zip));
}

describe('package round trip', () => {
  it('reads back what was written, with manifest counts, bbox and hashes', async () => {
    const keys = await createDeviceKeys();
    const content = await createContent();
    const result = await readPackage(await writePackage(content, keys));
    if (!result.ok) throw new Error(result.problem.detail);
    expect(result.value.operations).toEqual(content.operations);
    expect(result.value.manifest.counts).toEqual({ operations: 1, layers: 1, features: 1, attachments: 1 });
    expect(result.value.manifest.bboxLonLat).toEqual([113.8, 34, 113.81, 34.01]);
    expect(result.value.manifest.producer).toMatchObject({ device: DEVICE, author: '张三', publicKey: keys.publicKeyBase64 });
    expect([...result.value.attachments.keys()]).toEqual([content.attachments[0]?.sha256]);
    expect(result.value.layers[0]?.record.name).toBe('zd');
  });
});

describe('bad packages are refused with a reason', () => {
  it('a flipped bit in any byte of the file', async () => {
    const bytes = await writePackage(await createContent(), await createDeviceKeys());
    const accepted: number[] = [];
    for (let at = 0; at < bytes.length; at++) {
      const copy = bytes.slice();
      copy[at] = (copy[at] as number) ^ 0x04;
      if ((await readPackage(copy)).ok) accepted.push(at);
    }
    expect(accepted).toEqual([]);
  });

  it('an entry changed and re-signed without updating the manifest', async () => {
    const keys = await createDeviceKeys();
    const bytes = await rewrite(await writePackage(await createContent(), keys), keys, (e) => {
      e['operations.json'] = strToU8(new TextDecoder().decode(e['operations.json']).replace('乙公司', '丙公司'));
    });
    expect(await readPackage(bytes)).toMatchObject({ ok: false, problem: { code: 'checksumMismatch', detail: 'operations.json' } });
  });

  it('a package signed by another key than the producer it names, or not signed at all', async () => {
    const [a, b] = [await createDeviceKeys(), await createDeviceKeys()];
    const bytes = await rewrite(await writePackage(await createContent(), a), b, () => {});
    expect(await readPackage(bytes)).toMatchObject({ ok: false, problem: { code: 'badSignature' } });
    const unsigned = zipSync(unzipSync(splitSignature(await writePackage(await createContent(), a)).signed));
    expect(await readPackage(unsigned)).toMatchObject({ ok: false, problem: { code: 'badSignature', detail: 'the package carries no signature' } });
  });

  it('an unregistered device when the reader checks registration', async () => {
    const bytes = await writePackage(await createContent(), await createDeviceKeys());
    expect(await readPackage(bytes, { isTrustedKey: () => false })).toMatchObject({ ok: false, problem: { code: 'untrustedKey' } });
  });

  it('an unknown format version', async () => {
    const keys = await createDeviceKeys();
    const bytes = await rewrite(await writePackage(await createContent(), keys), keys, (e) => {
      const manifest = JSON.parse(new TextDecoder().decode(e['manifest.json']));
      e['manifest.json'] = strToU8(JSON.stringify({ ...manifest, formatVersion: 2 }));
    });
    expect(await readPackage(bytes)).toMatchObject({ ok: false, problem: { code: 'unknownFormatVersion' } });
  });

  it.each([['../evil.txt'], ['/etc/passwd'], ['C:/x.txt'], ['a/../../b'], ['attachments\\x']])('entry name %j', async (name) => {
    const keys = await createDeviceKeys();
    const bytes = await rewrite(await writePackage(await createContent(), keys), keys, (e) => {
      e[name] = strToU8('x');
    });
    expect(await readPackage(bytes)).toMatchObject({ ok: false, problem: { code: 'unsafeEntryName', detail: name } });
  });

  it('an entry beyond the size limit (zip bomb), stopped while inflating', async () => {
    const keys = await createDeviceKeys();
    const zip = zipSync({ 'manifest.json': new Uint8Array(50 * 1024 * 1024) }, { level: 9 });
    expect(zip.length).toBeLessThan(200_000);
    const bomb = appendSignature(zip, await signBytes(keys, zip));
    const limits = { maxEntries: 10, maxEntryBytes: 1024 * 1024, maxTotalBytes: 2 * 1024 * 1024, maxManifestBytes: 1024 };
    expect(await readPackage(bomb, { limits })).toMatchObject({ ok: false, problem: { code: 'entryTooLarge' } });
  });

  it('malformed JSON, an unlisted entry, and not a zip at all', async () => {
    const keys = await createDeviceKeys();
    const broken = await rewrite(await writePackage(await createContent(), keys), keys, (e) => {
      e['manifest.json'] = strToU8('{"format": "parceldesk-package", ');
    });
    expect(await readPackage(broken)).toMatchObject({ ok: false, problem: { code: 'malformedJson', detail: 'manifest.json' } });
    const extra = await rewrite(await writePackage(await createContent(), keys), keys, (e) => {
      e['attachments/smuggled'] = strToU8('x');
    });
    expect(await readPackage(extra)).toMatchObject({ ok: false, problem: { code: 'unlistedEntry', detail: 'attachments/smuggled' } });
    expect(await readPackage(strToU8('hello'))).toMatchObject({ ok: false, problem: { code: 'notZip' } });
  });
});
