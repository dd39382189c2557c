import type { EncodedFeatureChunk } from '../model/feature-chunk-codec.ts';
import { recognizeFieldMapping, type FieldMapping } from '../model/parcel-fields.ts';
import type { FieldValue } from '../survey/field-value.ts';
import { parcelRow } from '../survey/parcel-rows.ts';
import { mappedCardColumns, putSourceValue } from '../survey/source-values.ts';
import type { BboxLonLat } from '../model/geometry.ts';

const NO_BBOX: BboxLonLat = [0, 0, 0, 0];

/** What the map labels a parcel with before any edit: its source values. */
export interface TileLabel {
  /** Parcel code ('' when the source has none). */
  readonly code: string;
  /** Landholder ('' when none). */
  readonly holder: string;
}

/**
 * The label values of every feature of a chunk, read from its
 * source columns through the layer's field mapping (recognised from the
 * column names when absent), as the card reads them.
 */
export function chunkTileLabels(chunk: EncodedFeatureChunk, layerId: string, mapping?: FieldMapping): TileLabel[] {
  const chunkMapping = mapping ?? recognizeFieldMapping(Object.keys(chunk.columns));
  const columns = mappedCardColumns(chunkMapping).flatMap(([key, name]) => (chunk.columns[name] ? [[key, chunk.columns[name]] as const] : []));
  const labels: TileLabel[] = new Array(chunk.count);
  for (let i = 0; i < chunk.count; i++) {
    const values: Record<string, FieldValue> = {};
    for (const [key, column] of columns) putSourceValue(values, key, column[i]);
    const row = parcelRow('', layerId, values, 0, NO_BBOX);
    labels[i] = { code: row.parcelCode, holder: row.landholder };
  }
  return labels;
}
