import { decodeFeatureChunk, type EncodedFeatureChunk } from '../model/feature-chunk-codec.ts';
import type { ParcelGeometry } from '../model/geometry.ts';
import type { FieldMapping } from '../model/parcel-fields.ts';
import type { ParcelClass } from '../survey/card-enums.ts';
import type { ParcelEdits } from '../survey/field-operation.ts';
import { parcelRowsFromChunk } from '../survey/parcel-rows.ts';
import { effectiveValues, sourceCardValues } from '../survey/source-values.ts';
import type { ParcelExportInput } from './parcel-export-columns.ts';

export interface ChunkExportOptions {
  /** Only these parcel ids (e.g. a park's, or the ledger's filtered rows); all parcels with geometry when absent. */
  readonly only?: ReadonlySet<string>;
  /** Classes from the rule evaluation by parcel id; a manual override (classOverride) still wins. */
  readonly evaluatedClasses?: ReadonlyMap<string, ParcelClass>;
}

/**
 * Export inputs of the parcels with geometry in a stored chunk: the list row,
 * the card values (source values through the field mapping, edits applied), the
 * original attributes and the CGCS2000 lon/lat geometry. Runs where the chunks
 * are read (a worker can call it per chunk and report progress).
 */
export function parcelExportInputsFromChunk(
  chunk: EncodedFeatureChunk, layerId: string, mapping: FieldMapping, edits: ReadonlyMap<string, ParcelEdits>, options: ChunkExportOptions = {},
): ParcelExportInput[] {
  const chunkRows: number[] = [];
  const rows = parcelRowsFromChunk(chunk, layerId, mapping, edits, chunkRows);
  const features = decodeFeatureChunk(chunk, layerId);
  const out: ParcelExportInput[] = [];
  rows.forEach((row, k) => {
    if (options.only && !options.only.has(row.parcelId)) return;
    const feature = features[chunkRows[k] as number];
    if (!feature) return;
    const attributes = { ...feature.attributes };
    const values = effectiveValues(sourceCardValues(attributes, mapping), edits.get(row.parcelId)?.values);
    const evaluated = options.evaluatedClasses?.get(row.parcelId);
    const parcelClass = (values.classOverride as ParcelClass | undefined) || evaluated || row.parcelClass;
    out.push({ row: parcelClass === row.parcelClass ? row : { ...row, parcelClass }, values, attributes, geometry: feature.geometry as ParcelGeometry | null });
  });
  return out;
}
