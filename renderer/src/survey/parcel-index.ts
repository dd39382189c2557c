import { recognizeFieldMapping } from '../../../shared/model/parcel-fields.ts';
import type { LayerRecord } from '../../../shared/model/project.ts';
import type { ParcelEdits } from '../../../shared/survey/field-operation.ts';
import type { FieldValues } from '../../../shared/survey/field-value.ts';
import { chunkAttributes } from '../../../shared/model/feature-chunk-codec.ts';
import { parcelRow, parcelRowsFromChunk, type ParcelRow } from '../../../shared/survey/parcel-rows.ts';
import { effectiveValues, sourceCardValues } from '../../../shared/survey/source-values.ts';
import type { FeatureChunk, ParcelDeskDatabase } from '../storage/database.ts';
import { loadProjectEdits } from '../storage/survey-store.ts';

/** Where a parcel's source record lives, to read its attributes and geometry again. */
export interface ParcelLocation {
  readonly layerId: string;
  readonly chunkIndex: number;
  readonly row: number;
}

/**
 * Every parcel of a project as a row (card key values, area, extent), with its
 * stored location. Built once when a project opens; edits replace single rows.
 */
export interface ParcelIndex {
  readonly rows: readonly ParcelRow[];
  readonly positionById: ReadonlyMap<string, number>;
  readonly locationById: ReadonlyMap<string, ParcelLocation>;
}

/** The parcel layers' rows, reading chunks one at a time (a 100k project is 50 chunks). */
export async function buildParcelIndex(db: ParcelDeskDatabase, projectId: string, layers: readonly LayerRecord[]): Promise<ParcelIndex> {
  const edits = await loadProjectEdits(db, projectId);
  const rows: ParcelRow[] = [];
  const locationById = new Map<string, ParcelLocation>();
  for (const layer of layers.filter((l) => (l.role ?? 'parcels') === 'parcels')) {
    const keys = await db.featureChunks.where('layerId').equals(layer.id).primaryKeys();
    for (const key of keys.sort((a, b) => a[1] - b[1])) {
      const chunk = (await db.featureChunks.get(key)) as FeatureChunk;
      const mapping = layer.fieldMapping ?? recognizeFieldMapping(Object.keys(chunk.columns));
      const chunkRows: number[] = [];
      const built = parcelRowsFromChunk(chunk, layer.id, mapping, edits, chunkRows);
      for (const [k, row] of built.entries()) {
        locationById.set(row.parcelId, { layerId: layer.id, chunkIndex: chunk.chunkIndex, row: chunkRows[k] as number });
        rows.push(row);
      }
    }
  }
  return { rows, locationById, positionById: new Map(rows.map((row, i) => [row.parcelId, i])) };
}

/** A parcel's source values (its mapped attributes) and every original attribute. */
export interface ParcelSource {
  readonly values: FieldValues;
  readonly attributes: Readonly<Record<string, unknown>>;
  readonly areaSquareMeters: number;
}

/** Reads one parcel's source record from its chunk (read here unless the caller has it already). */
export async function loadParcelSource(
  db: ParcelDeskDatabase, layers: readonly LayerRecord[], location: ParcelLocation, chunkAlreadyRead?: FeatureChunk,
): Promise<ParcelSource> {
  const chunk = chunkAlreadyRead ?? (await db.featureChunks.get([location.layerId, location.chunkIndex]));
  if (!chunk) throw new Error(`parcel data missing: ${location.layerId} chunk ${location.chunkIndex}`);
  const attributes = chunkAttributes(chunk, location.row);
  const layer = layers.find((l) => l.id === location.layerId);
  const mapping = layer?.fieldMapping ?? recognizeFieldMapping(Object.keys(chunk.columns));
  return { values: sourceCardValues(attributes, mapping), attributes, areaSquareMeters: chunk.areaSquareMeters[location.row] as number };
}

/** The index with the rows of `edited` parcels rebuilt from their source and new edits. */
export function withEditedRows(index: ParcelIndex, edited: readonly { parcelId: string; source: FieldValues; edits: ParcelEdits | undefined }[]): ParcelIndex {
  const rows = [...index.rows];
  for (const { parcelId, source, edits } of edited) {
    const position = index.positionById.get(parcelId);
    if (position === undefined) continue;
    const old = rows[position] as ParcelRow;
    rows[position] = parcelRow(parcelId, old.layerId, effectiveValues(source, edits?.values), old.areaSquareMeters, old.bbox);
  }
  return { ...index, rows };
}
