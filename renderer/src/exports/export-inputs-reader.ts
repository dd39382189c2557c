import { parcelExportInputsFromChunk } from '../../../shared/export/parcel-export-inputs.ts';
import type { ParcelExportInput } from '../../../shared/export/parcel-export-columns.ts';
import { recognizeFieldMapping } from '../../../shared/model/parcel-fields.ts';
import type { ParcelDeskDatabase } from '../storage/database.ts';
import { loadProjectEdits } from '../storage/survey-store.ts';
import type { ExportRequest, ExportStep } from './export-protocol.ts';

/**
 * Reads the parcels an export needs from the stored chunks, one chunk at a time
 * (read only: nothing is written): row, card values with edits, original
 * attributes and CGCS2000 lon/lat geometry, with the class and park the app
 * shows (a manual override still wins). Reports one 'read' step per chunk.
 */
export async function readExportInputs(
  db: ParcelDeskDatabase, request: Pick<ExportRequest, 'projectId' | 'layers' | 'only' | 'shown'>, onStep?: (step: ExportStep) => void,
): Promise<ParcelExportInput[]> {
  const edits = await loadProjectEdits(db, request.projectId);
  const parkById = new Map(request.shown.map(([id, , park]) => [id, park]));
  const options = { only: request.only ? new Set(request.only) : undefined, evaluatedClasses: new Map(request.shown.map(([id, parcelClass]) => [id, parcelClass])) };
  const chunkKeys = await Promise.all(request.layers.map(async (layer) =>
    (await db.featureChunks.where('layerId').equals(layer.id).primaryKeys()).sort((a, b) => a[1] - b[1])));
  const total = chunkKeys.reduce((sum, keys) => sum + keys.length, 0);
  let done = 0;
  onStep?.({ phase: 'read', done, total });
  const out: ParcelExportInput[] = [];
  for (const [i, layer] of request.layers.entries()) {
    for (const key of chunkKeys[i] ?? []) {
      const chunk = await db.featureChunks.get(key);
      if (chunk) {
        const mapping = layer.fieldMapping ?? recognizeFieldMapping(Object.keys(chunk.columns));
        for (const input of parcelExportInputsFromChunk(chunk, layer.id, mapping, edits, options)) {
          const park = parkById.get(input.row.parcelId);
          out.push(park === undefined || park === input.row.park ? input : { ...input, row: { ...input.row, park } });
        }
      }
      onStep?.({ phase: 'read', done: ++done, total });
    }
  }
  return out;
}
