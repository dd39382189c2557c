import type Dexie from 'dexie';
import { FEATURE_CHUNK_SIZE } from '../../../shared/import/layer-part.ts';
import { encodeFeatureChunk } from '../../../shared/model/feature-chunk-codec.ts';
import type { StoredFeature } from '../../../shared/model/project.ts';
import { bboxOfGeometries } from '../../../shared/model/bbox.ts';
import type { ParcelGeometry } from '../../../shared/model/geometry.ts';

/**
 * Every schema version the app has shipped, oldest first. Never edit a released
 * entry: add a new one with an upgrade. Tests open frozen databases of each old
 * version with the current code (see database.test.ts).
 */

/** v1: one row per parcel. */
export const SCHEMA_V1 = {
  projects: 'id',
  parcels: 'id, projectId',
  settings: 'key',
} as const;

/**
 * v2: immutable source features stored in chunks of {@link FEATURE_CHUNK_SIZE}
 * per layer, so a large import is a few hundred puts instead of 100k.
 */
export const SCHEMA_V2 = {
  projects: 'id',
  parcels: null,
  layers: 'id, projectId',
  featureChunks: '[layerId+chunkIndex], layerId',
  settings: 'key',
} as const;

/** v3: a record per import, to recognise the same source files imported again. */
export const SCHEMA_V3 = {
  imports: 'id, projectId, sourceSha256',
} as const;

/**
 * v4: each feature chunk is stored column-wise with geometry in typed arrays
 * (shared/model/feature-chunk-codec.ts): 100k parcels store and load several times
 * faster than as nested arrays. Same tables; the upgrade re-encodes v2/v3 chunks.
 */
export const SCHEMA_V4 = SCHEMA_V3;

/** v5: each layer's map GeoJSON kept as a Blob, drawn by URL at start-up (dropped in v7 for tiles). */
export const SCHEMA_V5 = {
  layerDisplays: 'layerId',
} as const;

/**
 * v6: the survey. Every edit is an operation (shared/survey/field-operation.ts);
 * `parcelEdits` holds each touched parcel's current edited values, so a project
 * opens without replaying history; attachments (photos, documents) are Blobs by SHA-256.
 */
export const SCHEMA_V6 = {
  operations: 'id, [projectId+parcelId], projectId, hlc',
  parcelEdits: 'parcelId, projectId',
  attachments: 'sha256',
} as const;

/**
 * v7: the map draws parcels from vector tiles cut from the chunks on request
 * (shared/tiles/parcel-tile-set.ts); each tile made is kept in `parcelTiles`
 * (key `<format>/<layerId>/<z>/<x>/<y>`), so a project reopens to cached tiles.
 * The v5 display GeoJSON is gone.
 */
export const SCHEMA_V7 = {
  layerDisplays: null,
  parcelTiles: 'key, layerId',
} as const;

/** v1 parcel row, kept to migrate old databases. */
interface ParcelRowV1 {
  id: string;
  projectId: string;
  geometry: ParcelGeometry | null;
  attributes: Record<string, unknown>;
}

/** Declares all versions on a Dexie instance, with their upgrades. */
export function declareSchema(db: Dexie): void {
  db.version(1).stores(SCHEMA_V1);
  db.version(2)
    .stores(SCHEMA_V2)
    .upgrade(async (tx) => {
      const rows = (await tx.table('parcels').toArray()) as ParcelRowV1[];
      const byProject = new Map<string, ParcelRowV1[]>();
      for (const row of rows) byProject.set(row.projectId, [...(byProject.get(row.projectId) ?? []), row]);
      for (const [projectId, parcels] of byProject) {
        parcels.sort((a, b) => a.id.localeCompare(b.id, undefined, { numeric: true }));
        const layerId = `${projectId}:migrated-v1`;
        await tx.table('layers').add({
          id: layerId, projectId, name: 'parcels', featureCount: parcels.length,
          bbox: bboxOfGeometries(parcels.map((p) => p.geometry)) ?? [0, 0, 0, 0], importedAt: new Date(0).toISOString(),
        });
        for (let start = 0, chunkIndex = 0; start < parcels.length; start += FEATURE_CHUNK_SIZE, chunkIndex++) {
          const features = parcels.slice(start, start + FEATURE_CHUNK_SIZE)
            .map((p) => ({ parcelId: p.id, geometry: p.geometry, attributes: p.attributes }));
          await tx.table('featureChunks').add({ layerId, chunkIndex, features });
        }
      }
    });
  db.version(3).stores(SCHEMA_V3);
  db.version(4)
    .stores(SCHEMA_V4)
    .upgrade(async (tx) => {
      await tx.table('featureChunks').toCollection().modify((row: Record<string, unknown>) => {
        const features = row.features as StoredFeature[] | undefined;
        if (!features) return;
        // Older ids are kept as they were: edits made later refer to them.
        const encoded = encodeFeatureChunk(features.map((f, i) => ({ ...f, sourceIndex: i })));
        delete row.features;
        Object.assign(row, encoded, { parcelIds: features.map((f) => f.parcelId) });
      });
    });
  db.version(5).stores(SCHEMA_V5);
  db.version(6).stores(SCHEMA_V6);
  db.version(7).stores(SCHEMA_V7);
}
