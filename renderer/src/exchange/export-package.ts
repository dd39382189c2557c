import { layerSnapshotText } from '../../../shared/package/layer-snapshot.ts';
import type { PackageManifest } from '../../../shared/package/package-manifest.ts';
import { attachedHashes, operationsToSend } from '../../../shared/package/package-selection.ts';
import { writePackage } from '../../../shared/package/package-writer.ts';
import type { Project } from '../../../shared/model/project.ts';
import type { FieldOperation } from '../../../shared/survey/field-operation.ts';
import type { ParcelDeskDatabase } from '../storage/database.ts';
import { loadLayerFeatures } from '../storage/project-store.ts';
import type { UserIdentity } from '../survey/user-identity.ts';
import { loadDeviceKeys } from './device-keys.ts';
import { readHandoff } from './handoff-store.ts';

/** Whole project (edits, base data, files), or what `recipient` has not been sent yet. */
export type ExportScope = { readonly kind: 'full'; readonly recipient?: string } | { readonly kind: 'changes'; readonly recipient: string };

export interface BuiltPackage {
  readonly bytes: Uint8Array;
  readonly fileName: string;
  /** The operations inside, to remember as sent once the file is saved. */
  readonly operations: readonly FieldOperation[];
  readonly counts: PackageManifest['counts'];
  /** Files the operations attach that this device does not hold (not in the package). */
  readonly missingAttachments: number;
}

/** Progress of building a package: share done 0…1 and the step. */
export type ExportProgress = (done: number, step: 'operations' | 'layers' | 'attachments' | 'signing') => void;

const pad = (n: number) => String(n).padStart(2, '0');

/** A plain file name: project, device and local time, reserved characters replaced. */
export function packageFileName(projectName: string, deviceName: string, at: Date): string {
  const stamp = `${at.getFullYear()}${pad(at.getMonth() + 1)}${pad(at.getDate())}-${pad(at.getHours())}${pad(at.getMinutes())}${pad(at.getSeconds())}`;
  const name = [...`${projectName}-${deviceName}-${stamp}`].map((ch) => ('\\/:*?"<>|'.includes(ch) || ch.charCodeAt(0) < 0x20 ? '_' : ch)).join('').slice(0, 180);
  return `${name}.pdpkg`;
}

/**
 * Builds a signed package of a project from storage. `changes` carries the
 * operations the recipient has not been sent (relayed ones included), with the
 * base data on the first hand-off only; `full` carries everything. Returns
 * undefined when there is nothing to send.
 */
export async function buildPackage(
  db: ParcelDeskDatabase, project: Project, identity: UserIdentity, scope: ExportScope, progress: ExportProgress = () => {}, now = new Date(),
): Promise<BuiltPackage | undefined> {
  progress(0, 'operations');
  const all = await db.operations.where('projectId').equals(project.id).toArray();
  const handoff = scope.recipient ? await readHandoff(db, project.id, scope.recipient) : undefined;
  const operations = scope.kind === 'changes' ? operationsToSend(all, new Set(handoff?.sentIds)) : operationsToSend(all);
  const withLayers = scope.kind === 'full' || !handoff;
  if (operations.length === 0 && !withLayers) return undefined;
  const records = withLayers ? await db.layers.where('projectId').equals(project.id).toArray() : [];
  const layers = [];
  for (const [i, record] of records.entries()) {
    progress(0.1 + (0.4 * i) / records.length, 'layers');
    layers.push({ record, geojsonText: layerSnapshotText(await loadLayerFeatures(db, record.id)) });
  }
  const hashes = attachedHashes(operations);
  const stored = await db.attachments.bulkGet(hashes);
  const attachments = [];
  for (const [i, record] of stored.entries()) {
    progress(0.5 + (0.3 * i) / Math.max(1, stored.length), 'attachments');
    if (record) attachments.push({ sha256: record.sha256, bytes: new Uint8Array(await record.blob.arrayBuffer()) });
  }
  progress(0.8, 'signing');
  const keys = await loadDeviceKeys(db);
  const createdAt = now.toISOString();
  const bytes = await writePackage({
    packageId: crypto.randomUUID(), projectId: project.id, projectName: project.name, createdAt,
    producer: { device: identity.device, deviceName: identity.deviceName, author: identity.author },
    scope: scope.kind === 'full' ? { kind: 'full' } : { kind: 'changesSince', recipient: scope.recipient, sinceHlc: handoff?.sentUntilHlc ?? '' },
    operations, layers, attachments,
  }, keys);
  progress(1, 'signing');
  return {
    bytes, fileName: packageFileName(project.name, identity.deviceName, now), operations,
    counts: { operations: operations.length, layers: layers.length, features: layers.reduce((n, l) => n + l.record.featureCount, 0), attachments: attachments.length },
    missingAttachments: hashes.length - attachments.length,
  };
}
