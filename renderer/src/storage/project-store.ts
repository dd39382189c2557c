import { unionBbox } from '../../../shared/model/bbox.ts';
import { decodeFeatureChunk, type EncodedFeatureChunk } from '../../../shared/model/feature-chunk-codec.ts';
import { DISPLAY_GEOJSON_VERSION, displayGeoJsonText } from '../../../shared/model/display-geojson.ts';
import type { BboxLonLat } from '../../../shared/model/geometry.ts';
import type { ImportRecord, LayerRecord, Project, StoredFeature } from '../../../shared/model/project.ts';
import type { ParcelDeskDatabase } from './database.ts';

/** A project as the UI opens it: its layers and, per layer, the GeoJSON the map draws. */
export interface LoadedProject {
  readonly project: Project;
  readonly layers: LayerRecord[];
  readonly displays: ReadonlyMap<string, Blob>;
}

function displayBlob(chunks: readonly EncodedFeatureChunk[], layer: Pick<LayerRecord, 'id' | 'fieldMapping'>): Blob {
  return new Blob([displayGeoJsonText(chunks, layer.id, layer.fieldMapping)], { type: 'application/geo+json' });
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
  await db.transaction('rw', [db.projects, db.layers, db.featureChunks, db.imports, db.layerDisplays], async () => {
    await db.projects.put(project);
    await db.layers.put({ ...layer, projectId: project.id, featureCount });
    if (importRecord) await db.imports.put({ ...importRecord, projectId: project.id, layerId: layer.id, featureCount });
    await db.featureChunks.bulkPut(chunks.map((chunk, chunkIndex) => ({ ...chunk, layerId: layer.id, chunkIndex })));
    await db.layerDisplays.put({ layerId: layer.id, geojson: displayBlob(chunks, layer), version: DISPLAY_GEOJSON_VERSION });
  });
}

/**
 * Opens the most recently created project, or undefined when the database is
 * empty. Reads layer records and display Blobs only; features stay in their
 * chunks until something needs them (loadLayerFeatures).
 */
export async function loadLatestProject(db: ParcelDeskDatabase): Promise<LoadedProject | undefined> {
  const opened = await db.transaction('r', db.projects, db.layers, db.layerDisplays, async () => {
    const projects = await db.projects.toArray();
    const project = projects.sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
    if (!project) return undefined;
    const layers = await db.layers.where('projectId').equals(project.id).toArray();
    const records = await db.layerDisplays.bulkGet(layers.map((layer) => layer.id));
    return { project, layers, records };
  });
  if (!opened) return undefined;
  const displays = new Map<string, Blob>();
  for (const [index, layer] of opened.layers.entries()) {
    const record = opened.records[index];
    const current = record && record.version === DISPLAY_GEOJSON_VERSION;
    displays.set(layer.id, current ? record.geojson : await rebuildDisplay(db, layer));
  }
  return { project: opened.project, layers: opened.layers, displays };
}

/**
 * Layers stored before schema v5 have no display Blob, and older Blobs lack
 * what the map now draws (DISPLAY_GEOJSON_VERSION): build it from the chunks once and keep it.
 */
async function rebuildDisplay(db: ParcelDeskDatabase, layer: LayerRecord): Promise<Blob> {
  const chunks = await db.featureChunks.where('layerId').equals(layer.id).sortBy('chunkIndex');
  const blob = displayBlob(chunks, layer);
  await db.layerDisplays.put({ layerId: layer.id, geojson: blob, version: DISPLAY_GEOJSON_VERSION });
  return blob;
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
