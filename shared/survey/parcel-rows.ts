import { chunkParcelId, type EncodedFeatureChunk } from '../model/feature-chunk-codec.ts';
import type { BboxLonLat } from '../model/geometry.ts';
import type { FieldMapping } from '../model/parcel-fields.ts';
import type { ParcelClass, SurveyStatus } from './card-enums.ts';
import type { ParcelEdits } from './field-operation.ts';
import type { FieldValue, FieldValues } from './field-value.ts';
import { effectiveValues, mappedCardColumns, putSourceValue } from './source-values.ts';

/**
 * One parcel as lists, search and the ledger table need it: the card's key
 * values (source values with edits applied), its ellipsoidal area and its extent.
 * Built straight from stored chunks, without decoding geometry into objects.
 */
export interface ParcelRow {
  readonly parcelId: string;
  readonly layerId: string;
  readonly parcelCode: string;
  readonly landholder: string;
  readonly location: string;
  readonly park: string;
  readonly county: string;
  readonly plannedUse: string;
  /** Ellipsoidal on CGCS2000, m². */
  readonly areaSquareMeters: number;
  /** The class shown: a manual override, else the evaluated class, else 未调查. */
  readonly parcelClass: ParcelClass;
  readonly surveyStatus: SurveyStatus;
  readonly disposalDeadline: string;
  readonly disposalStatus: string;
  readonly supervisedListing: boolean;
  /** Degrees, CGCS2000. */
  readonly bbox: BboxLonLat;
}

const text = (value: FieldValue | undefined) => (value === null || value === undefined ? '' : String(value));

/** The row for a parcel given its card values (source with edits applied). */
export function parcelRow(parcelId: string, layerId: string, values: FieldValues, areaSquareMeters: number, bbox: BboxLonLat): ParcelRow {
  return {
    parcelId, layerId, areaSquareMeters, bbox,
    parcelCode: text(values.parcelCode),
    landholder: text(values.landholder),
    location: text(values.location),
    park: text(values.park),
    county: text(values.county),
    plannedUse: text(values.plannedUse),
    parcelClass: ((values.classOverride || values.parcelClass || 'unsurveyed') as ParcelClass),
    surveyStatus: ((values.surveyStatus || 'unsurveyed') as SurveyStatus),
    disposalDeadline: text(values.disposalDeadline),
    disposalStatus: text(values.disposalStatus),
    supervisedListing: values.supervisedListing === true,
  };
}

/**
 * Rows of every feature with geometry in a chunk; `edits` by parcel id. When
 * `chunkRows` is given, each row's index within the chunk is appended to it.
 */
export function parcelRowsFromChunk(
  chunk: EncodedFeatureChunk, layerId: string, mapping: FieldMapping, edits: ReadonlyMap<string, ParcelEdits>, chunkRows?: number[],
): ParcelRow[] {
  const rows: ParcelRow[] = [];
  // Only the mapped columns are read: no attribute object per parcel.
  const columns = mappedCardColumns(mapping).flatMap(([key, column]) => (chunk.columns[column] ? [[key, chunk.columns[column]] as const] : []));
  let partAt = 0, ringAt = 0, coordAt = 0;
  for (let i = 0; i < chunk.count; i++) {
    let west = Infinity, south = Infinity, east = -Infinity, north = -Infinity;
    const partCount = chunk.partCounts[i] as number;
    for (let p = 0; p < partCount; p++) {
      const ringCount = chunk.ringCounts[partAt++] as number;
      for (let r = 0; r < ringCount; r++) {
        const points = chunk.pointCounts[ringAt++] as number;
        for (let k = 0; k < points; k++, coordAt += 2) {
          const lon = chunk.coordinates[coordAt] as number, lat = chunk.coordinates[coordAt + 1] as number;
          if (lon < west) west = lon;
          if (lon > east) east = lon;
          if (lat < south) south = lat;
          if (lat > north) north = lat;
        }
      }
    }
    if (partCount === 0) continue;
    const parcelId = chunkParcelId(chunk, i, layerId);
    const source: Record<string, FieldValue> = {};
    for (const [key, values] of columns) putSourceValue(source, key, values[i]);
    const values = effectiveValues(source, edits.get(parcelId)?.values);
    chunkRows?.push(i);
    rows.push(parcelRow(parcelId, layerId, values, chunk.areaSquareMeters[i] as number, [west, south, east, north]));
  }
  return rows;
}
