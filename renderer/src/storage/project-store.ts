import { decodeFeatureChunk, encodeFeatureChunk, type EncodedFeatureChunk, type EncodableFeature } from '../../../shared/model/feature-chunk-codec.ts';
import type { BboxLonLat } from '../../../shared/model/geometry.ts';
import type { DbfValue } from '../../../shared/shapefile/dbf-reader.ts';
import type { ImportRecord, LayerRecord, Project, StoredFeature } from '../../../shared/model/project.ts';
import type { ParcelDeskDatabase } from './database.ts';
import { FEATURE_CHUNK_SIZE } from './db-schema.ts';

/** A project as the UI shows it: its layers and every stored feature. */
export interface LoadedProject {
  readonly project: Project;
  readonly layers: LayerRecord[];
  readonly features: StoredFeature[];
}

/** Encodes features into storage chunks of FEATURE_CHUNK_SIZE. */
export function encodeChunks(features: readonly EncodableFeature[], attributeColumns?: Record<string, DbfValue[]>): EncodedFeatureChunk[] {
  const chunks: EncodedFeatureChunk[] = [];
  for (let start = 0; start < features.length; start += FEATURE_CHUNK_SIZE) {
    chunks.push(encodeFeatureChunk(features.slice(start, start + FEATURE_CHUNK_SIZE), attributeColumns));
  }
  return chunks;
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

/** Loads the most recently created project, or undefined when the database is empty. */
export async function loadLatestProject(db: ParcelDeskDatabase): Promise<LoadedProject | undefined> {
  return db.transaction('r', db.projects, db.layers, db.featureChunks, async () => {
    const projects = await db.projects.toArray();
    const project = projects.sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
    if (!project) return undefined;
    const layers = await db.layers.where('projectId').equals(project.id).toArray();
    const features: StoredFeature[] = [];
    for (const layer of layers) {
      const chunks = await db.featureChunks.where('layerId').equals(layer.id).sortBy('chunkIndex');
      for (const chunk of chunks) features.push(...decodeFeatureChunk(chunk, layer.id));
    }
    return { project, layers, features };
  });
}

/** Earlier imports of the same source bytes into a project (empty when new). */
export async function findPreviousImports(db: ParcelDeskDatabase, projectId: string, sourceSha256: string): Promise<ImportRecord[]> {
  const records = await db.imports.where('sourceSha256').equals(sourceSha256).toArray();
  return records.filter((record) => record.projectId === projectId);
}

/** The union of the layers' bounding boxes, for fitting the map. */
export function projectBbox(layers: readonly LayerRecord[]): BboxLonLat | undefined {
  if (layers.length === 0) return undefined;
  return layers.map((l) => l.bbox).reduce((a, b) => [
    Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3]),
  ]);
}
