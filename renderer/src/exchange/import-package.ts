import { layerEntry, type PackageManifest } from '../../../shared/package/package-manifest.ts';
import { PackageError, type PackageProblem } from '../../../shared/package/package-problem.ts';
import { readPackage, type ReadOptions, type ReadPackage } from '../../../shared/package/package-reader.ts';
import type { FieldOperation } from '../../../shared/survey/field-operation.ts';
import type { ParcelDeskDatabase } from '../storage/database.ts';
import { saveProjectLayer } from '../storage/project-store.ts';
import { recordOperations } from '../storage/survey-store.ts';
import { addNewAttachments, receivedAttachmentRecords } from './received-attachments.ts';
import { snapshotChunks, type SnapshotLayer } from './snapshot-chunks.ts';

/** Why an import was refused: a package problem, or a project this device lacks and the package does not bring. */
export type ImportProblem = PackageProblem | { readonly code: 'projectMissing'; readonly detail: string };

export type ImportOutcome =
  | { readonly kind: 'refused'; readonly problem: ImportProblem }
  | {
    readonly kind: 'imported';
    readonly manifest: PackageManifest;
    /** Operations this device did not have, as stored. */
    readonly newOperations: FieldOperation[];
    /** Fields in conflict on the parcels those operations touched. */
    readonly conflicts: number;
    readonly newAttachments: number;
    readonly layersAdded: number;
  };

/** Everything checked and prepared before the one write: layers to add, files to store. */
async function prepare(db: ParcelDeskDatabase, read: ReadPackage) {
  const { manifest } = read;
  const foreign = read.operations.find((op) => op.projectId !== manifest.projectId) ?? read.layers.find((l) => l.record.projectId !== manifest.projectId)?.record;
  if (foreign) throw new PackageError({ code: 'badContent', detail: `${foreign.id}: another project than the manifest's` });
  const project = await db.projects.get(manifest.projectId);
  const present = await db.layers.bulkGet(read.layers.map((l) => l.record.id));
  const layers: SnapshotLayer[] = read.layers.flatMap((layer, i) => (present[i] ? [] : [snapshotChunks(layer.record, layer.geojsonText, layerEntry(i))]));
  if (!project && read.layers.length === 0) return undefined;
  const files = receivedAttachmentRecords(read.operations, read.attachments);
  return { project: project ?? { id: manifest.projectId, name: manifest.projectName, createdAt: new Date().toISOString() }, layers, files };
}

/**
 * Imports a package: verifies all of it (shared/package/package-reader.ts) and
 * prepares the base data before writing anything, then writes operations,
 * files and missing layers in one transaction. Importing the same package again
 * adds nothing. A refused package leaves the database untouched.
 */
export async function importPackage(db: ParcelDeskDatabase, bytes: Uint8Array, options: ReadOptions = {}): Promise<ImportOutcome> {
  const read = await readPackage(bytes, options);
  if (!read.ok) return { kind: 'refused', problem: read.problem };
  let prepared;
  try {
    prepared = await prepare(db, read.value);
  } catch (error) {
    if (error instanceof PackageError) return { kind: 'refused', problem: error.problem };
    throw error;
  }
  if (!prepared) return { kind: 'refused', problem: { code: 'projectMissing', detail: read.value.manifest.projectName || read.value.manifest.projectId } };
  const { project, layers, files } = prepared;
  const ops = read.value.operations.map((op): FieldOperation => ({ ...op, origin: 'remote' }));
  // Every table: base data may touch the project's map storage too (see saveProjectLayer).
  return db.transaction('rw', db.tables, async () => {
    for (const layer of layers) {
      const { featureCount: _count, projectId: _project, ...record } = layer.record;
      await saveProjectLayer(db, project, record, layer.chunks);
    }
    const newAttachments = await addNewAttachments(db, files);
    const newOperations = await recordOperations(db, ops);
    const touched = await db.parcelEdits.bulkGet([...new Set(newOperations.map((op) => op.parcelId))]);
    const conflicts = touched.reduce((n, edits) => n + (edits?.conflicts?.length ?? 0), 0);
    return { kind: 'imported', manifest: read.value.manifest, newOperations, conflicts, newAttachments, layersAdded: layers.length };
  });
}
