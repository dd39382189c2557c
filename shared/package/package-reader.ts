import type { z } from 'zod';
import { sha256Hex } from '../encoding/sha256.ts';
import type { LayerRecord } from '../model/project.ts';
import type { FieldOperation } from '../survey/field-operation.ts';
import { verifyBytes } from './device-signature.ts';
import { layerRecordSchema } from './layer-record-schema.ts';
import { operationsSchema } from './operation-schema.ts';
import { PACKAGE_LIMITS, type PackageLimits } from './package-limits.ts';
import {
  attachmentEntry, LAYERS_ENTRY, layerEntry, MANIFEST_ENTRY, manifestSchema, OPERATIONS_ENTRY, PACKAGE_FORMAT,
  PACKAGE_FORMAT_VERSION, type PackageManifest,
} from './package-manifest.ts';
import { PackageError, type PackageProblem } from './package-problem.ts';
import { safeUnzip } from './safe-unzip.ts';
import { splitSignature } from './signed-zip.ts';

export interface ReadPackage {
  readonly manifest: PackageManifest;
  readonly operations: FieldOperation[];
  readonly layers: { readonly record: LayerRecord; readonly geojsonText: string }[];
  readonly attachments: Map<string, Uint8Array>;
}

export interface ReadOptions {
  readonly limits?: PackageLimits;
  /** Whether the producing device's key is registered; omitted: any valid signature is accepted (and reported). */
  readonly isTrustedKey?: (device: string, publicKeyBase64: string) => boolean;
}

export type ReadResult = { readonly ok: true; readonly value: ReadPackage } | { readonly ok: false; readonly problem: PackageProblem };

const decoder = new TextDecoder('utf-8', { fatal: true });

function parseJson<T>(entry: string, bytes: Uint8Array | undefined, schema: z.ZodType<T>): T {
  if (!bytes) throw new PackageError({ code: 'missingEntry', detail: entry });
  let raw: unknown;
  try {
    raw = JSON.parse(decoder.decode(bytes));
  } catch {
    throw new PackageError({ code: 'malformedJson', detail: entry });
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new PackageError({ code: entry === MANIFEST_ENTRY ? 'badManifest' : 'badContent', detail: `${entry}: ${parsed.error.issues[0]?.path.join('.')} ${parsed.error.issues[0]?.message}` });
  return parsed.data;
}

function checkFormat(bytes: Uint8Array | undefined): void {
  if (!bytes) throw new PackageError({ code: 'missingEntry', detail: MANIFEST_ENTRY });
  let raw: { format?: unknown; formatVersion?: unknown };
  try {
    raw = JSON.parse(decoder.decode(bytes));
  } catch {
    throw new PackageError({ code: 'malformedJson', detail: MANIFEST_ENTRY });
  }
  if (raw?.format !== PACKAGE_FORMAT) throw new PackageError({ code: 'badManifest', detail: `not a ParcelDesk package (format ${JSON.stringify(raw?.format)})` });
  if (raw.formatVersion !== PACKAGE_FORMAT_VERSION) {
    throw new PackageError({ code: 'unknownFormatVersion', detail: `version ${JSON.stringify(raw.formatVersion)}; this app reads version ${PACKAGE_FORMAT_VERSION}` });
  }
}

/**
 * Reads and verifies a package completely before returning anything: zip
 * structure, limits, entry names, format version, manifest, the signature over
 * every byte, then the size and SHA-256 of every entry (and no entry the manifest
 * does not list).
 * Never throws: a refused package gives `{ ok: false, problem }`.
 */
export async function readPackage(bytes: Uint8Array, options: ReadOptions = {}): Promise<ReadResult> {
  try {
    return { ok: true, value: await readVerified(bytes, options) };
  } catch (error) {
    if (error instanceof PackageError) return { ok: false, problem: error.problem };
    return { ok: false, problem: { code: 'badContent', detail: error instanceof Error ? error.message : String(error) } };
  }
}

async function readVerified(bytes: Uint8Array, options: ReadOptions): Promise<ReadPackage> {
  const limits = options.limits ?? PACKAGE_LIMITS;
  if (bytes.length < 22 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new PackageError({ code: 'notZip', detail: 'not a zip file' });
  const { signed, signatureBase64 } = splitSignature(bytes);
  const entries = safeUnzip(signed, limits);
  const manifestBytes = entries.get(MANIFEST_ENTRY);
  if (manifestBytes && manifestBytes.length > limits.maxManifestBytes) throw new PackageError({ code: 'entryTooLarge', detail: MANIFEST_ENTRY });
  checkFormat(manifestBytes);
  const manifest = parseJson(MANIFEST_ENTRY, manifestBytes, manifestSchema);
  if (!(await verifyBytes(manifest.producer.publicKey, signatureBase64, signed))) {
    throw new PackageError({ code: 'badSignature', detail: `not signed by device ${manifest.producer.device} (${manifest.producer.deviceName})` });
  }
  if (options.isTrustedKey && !options.isTrustedKey(manifest.producer.device, manifest.producer.publicKey)) {
    throw new PackageError({ code: 'untrustedKey', detail: `device ${manifest.producer.device} (${manifest.producer.deviceName}) is not registered` });
  }
  const listed = new Set([MANIFEST_ENTRY]);
  for (const entry of manifest.entries) {
    const data = entries.get(entry.path);
    if (!data) throw new PackageError({ code: 'missingEntry', detail: entry.path });
    if (data.length !== entry.byteLength) throw new PackageError({ code: 'sizeMismatch', detail: entry.path });
    if ((await sha256Hex(data)) !== entry.sha256) throw new PackageError({ code: 'checksumMismatch', detail: entry.path });
    listed.add(entry.path);
  }
  for (const name of entries.keys()) if (!listed.has(name)) throw new PackageError({ code: 'unlistedEntry', detail: name });
  const operations = parseJson(OPERATIONS_ENTRY, entries.get(OPERATIONS_ENTRY), operationsSchema);
  const records = parseJson(LAYERS_ENTRY, entries.get(LAYERS_ENTRY), layerRecordSchema.array());
  const layers = records.map((record, i) => {
    const text = entries.get(layerEntry(i));
    if (!text) throw new PackageError({ code: 'missingEntry', detail: layerEntry(i) });
    return { record: record as LayerRecord, geojsonText: decoder.decode(text) };
  });
  const attachments = new Map<string, Uint8Array>();
  for (const entry of manifest.entries) {
    const sha = entry.path.startsWith('attachments/') ? entry.path.slice('attachments/'.length) : undefined;
    if (sha === undefined) continue;
    if (entry.path !== attachmentEntry(sha) || sha !== entry.sha256) throw new PackageError({ code: 'checksumMismatch', detail: entry.path });
    attachments.set(sha, entries.get(entry.path) as Uint8Array);
  }
  if (operations.length !== manifest.counts.operations || attachments.size !== manifest.counts.attachments || layers.length !== manifest.counts.layers) {
    throw new PackageError({ code: 'badManifest', detail: 'counts do not match the content' });
  }
  return { manifest, operations, layers, attachments };
}
