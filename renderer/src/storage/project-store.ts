import { unionBbox } from '../../../shared/model/bbox.ts';
import { decodeFeatureChunk, type EncodedFeatureChunk } from '../../../shared/model/feature-chunk-codec.ts';
import type { BboxLonLat } from '../../../shared/model/geometry.ts';
import type { ImportRecord, LayerRecord, Project, StoredFeature } from '../../../shared/model/project.ts';
import type { ParcelDeskDatabase } from './database.ts';

/** A project as the UI opens it: its layers (features stay in their chunks). */
export interface LoadedProject {
  readonly project: Project;
  readonly layers: LayerRecord[];
}

/**
 * Stores a project with one layer in a single transaction: either all of it is
 * there afterwards or none of it (IndexedDB aborts the whole transaction, also
 * when the app is closed before it commits).
 */
export async function saveProjectLayer(
  db: ParcelDeskDatabase, project: Project, layer: Omit<LayerRecord, 'featureCount' | 'projectId'>,
  chunks: readonly EncodedFeatureChunk[], importRecord?: Omit<ImportRecord, 'projectId' | 'layerId' | 'featureCount'>,
): Promise<void> {
  const featureCount = chunks.reduce((sum, chunk) => sum + chunk.count, 0);
  await db.transaction('rw', [db.projects, db.layers, db.featureChunks, db.imports], async () => {
    await db.projects.put(project);
    await db.layers.put({ ...layer, projectId: project.id, featureCount });
    if (importRecord) await db.imports.put({ ...importRecord, projectId: project.id, layerId: layer.id, featureCount });
    await db.featureChunks.bulkPut(chunks.map((chunk, chunkIndex) => ({ ...chunk, layerId: layer.id, chunkIndex })));
  });
}

/**
 * Opens the most recently created project, or undefined when the database is
 * empty. Reads project and layer records only; features stay in their chunks
 * until something needs them (map tiles, the parcel index, loadLayerFeatures).
 */
export async function loadLatestProject(db: ParcelDeskDatabase): Promise<LoadedProject | undefined> {
  return db.transaction('r', db.projects, db.layers, async () => {
    const projects = await db.projects.toArray();
    const project = projects.sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
    if (!project) return undefined;
    const layers = await db.layers.where('projectId').equals(project.id).toArray();
    return { project, layers };
  });
}

/** Every stored feature of a layer, decoded, in source order. */
export async function loadLayerFeatures(db: ParcelDeskDatabase, layerId: string): Promise<StoredFeature[]> {
  const chunks = await db.featureChunks.where('layerId').equals(layerId).sortBy('chunkIndex');
  return chunks.flatMap((chunk) => decodeFeatureChunk(chunk, layerId));
}

/** Earlier imports of the same source bytes into a project (empty when new). */
export async function findPreviousImports(db: ParcelDeskDatabase, projectId: string, sourceSha256: string): Promise<ImportRecord[]> {
  const records = await db.imports.where('sourceSha256').equals(sourceSha256).toArray();
  return records.filter((record) => record.projectId === projectId);
}

/** The union of the layers' bounding boxes, for fitting the map. */
export function projectBbox(layers: readonly LayerRecord[]): BboxLonLat | undefined {
  return unionBbox(layers.map((l) => l.bbox));
}
