import { zipSync, type Zippable } from 'fflate';
import { unionBbox } from '../model/bbox.ts';
import type { LayerRecord } from '../model/project.ts';
import { sha256Hex } from '../encoding/sha256.ts';
import type { FieldOperation } from '../survey/field-operation.ts';
import { signBytes, type DeviceKeys } from './device-signature.ts';
import {
  attachmentEntry, LAYERS_ENTRY, layerEntry, MANIFEST_ENTRY, OPERATIONS_ENTRY, PACKAGE_FORMAT, PACKAGE_FORMAT_VERSION,
  type PackageManifest,
} from './package-manifest.ts';
import { appendSignature } from './signed-zip.ts';

/** What goes into a package. Layer snapshots are GeoJSON text (CGCS2000 lon/lat) with every attribute. */
export interface PackageContent {
  readonly packageId: string;
  readonly projectId: string;
  readonly projectName: string;
  readonly producer: { readonly device: string; readonly deviceName: string; readonly author: string };
  readonly createdAt: string;
  readonly scope: PackageManifest['scope'];
  readonly operations: readonly FieldOperation[];
  readonly layers: readonly { readonly record: LayerRecord; readonly geojsonText: string }[];
  readonly attachments: readonly { readonly sha256: string; readonly bytes: Uint8Array }[];
}

const encoder = new TextEncoder();
const ZIP_TIME = new Date('2000-01-01T00:00:00');

/**
 * Writes a package: one zip with the manifest (SHA-256 and size of every other
 * entry), the operation log, layer snapshots and attachments, signed with the
 * device's Ed25519 key over every byte of the zip (see signed-zip.ts).
 */
export async function writePackage(content: PackageContent, keys: DeviceKeys): Promise<Uint8Array> {
  const files: [string, Uint8Array, boolean][] = [
    [OPERATIONS_ENTRY, encoder.encode(JSON.stringify(content.operations)), true],
    [LAYERS_ENTRY, encoder.encode(JSON.stringify(content.layers.map((l) => l.record))), true],
    ...content.layers.map((layer, i): [string, Uint8Array, boolean] => [layerEntry(i), encoder.encode(layer.geojsonText), true]),
    // Photos and scans are compressed already.
    ...content.attachments.map((a): [string, Uint8Array, boolean] => [attachmentEntry(a.sha256), a.bytes, false]),
  ];
  const entries = await Promise.all(files.map(async ([path, bytes]) => ({ path, sha256: await sha256Hex(bytes), byteLength: bytes.length })));
  const manifest: PackageManifest = {
    format: PACKAGE_FORMAT,
    formatVersion: PACKAGE_FORMAT_VERSION,
    packageId: content.packageId,
    projectId: content.projectId,
    projectName: content.projectName,
    producer: { ...content.producer, publicKey: keys.publicKeyBase64 },
    createdAt: content.createdAt,
    scope: content.scope,
    counts: {
      operations: content.operations.length,
      layers: content.layers.length,
      features: content.layers.reduce((sum, l) => sum + l.record.featureCount, 0),
      attachments: content.attachments.length,
    },
    bboxLonLat: unionBbox(content.layers.map((l) => l.record.bbox)) ?? null,
    entries,
  };
  const manifestBytes = encoder.encode(JSON.stringify(manifest, null, 1));
  // A fixed time stamp: the same content gives the same bytes, and no header field is left unchecked.
  const zippable: Zippable = { [MANIFEST_ENTRY]: manifestBytes };
  for (const [path, bytes, compress] of files) zippable[path] = compress ? bytes : [bytes, { level: 0 }];
  const zip = zipSync(zippable, { level: 6, mtime: ZIP_TIME });
  return appendSignature(zip, await signBytes(keys, zip));
}
