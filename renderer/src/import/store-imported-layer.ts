import type { EncodedFeatureChunk } from '../../../shared/model/feature-chunk-codec.ts';
import { schemaSignature, type FieldMapping } from '../../../shared/model/parcel-fields.ts';
import type { Project } from '../../../shared/model/project.ts';
import type { ParcelDeskDatabase } from '../storage/database.ts';
import { saveProjectLayer } from '../storage/project-store.ts';
import { readSetting, writeSetting } from '../storage/settings-store.ts';
import type { LayerPreview } from './import-protocol.ts';

const mappingKey = (fields: readonly { name: string }[]) => `fieldMapping:${schemaSignature(fields.map((f) => f.name))}`;

/** The mapping the user last confirmed for this schema, if any. */
export function readRememberedMapping(db: ParcelDeskDatabase, fields: readonly { name: string }[]): Promise<FieldMapping | undefined> {
  return readSetting<FieldMapping | undefined>(db, mappingKey(fields), undefined);
}

/**
 * Stores one previewed layer into a project in a single transaction: project,
 * layer, feature chunks and the import record together, or nothing at all.
 * Remembers the field mapping for the schema (not a park-boundary layer's name column).
 */
export async function storeImportedLayer(
  db: ParcelDeskDatabase, project: Project, preview: LayerPreview, chunks: readonly EncodedFeatureChunk[],
): Promise<string> {
  if (!preview.bboxLonLat) throw new Error(`${preview.name}: no geometry to place on the map`);
  const now = new Date().toISOString();
  const layerId = `${project.id}:${crypto.randomUUID()}`;
  await saveProjectLayer(db, project, {
    id: layerId, name: preview.name, bbox: preview.bboxLonLat, importedAt: now, role: preview.role,
    crs: { code: preview.crs.code, name: preview.crs.name, source: preview.crs.source },
    encoding: preview.encoding, fields: preview.fields, fieldMapping: preview.fieldMapping,
    areaSquareMeters: preview.areaSquareMeters, warnings: preview.warnings,
  }, chunks, { id: crypto.randomUUID(), sourceSha256: preview.sourceSha256, sourcePath: preview.path, importedAt: now });
  if (preview.role !== 'parkBoundaries') await writeSetting(db, mappingKey(preview.fields), preview.fieldMapping);
  return layerId;
}
