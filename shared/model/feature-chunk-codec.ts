import type { DbfValue } from '../shapefile/dbf-reader.ts';
import type { LonLat } from './geometry.ts';
import { isClockwiseFlat } from './ring-orientation.ts';
import type { StoredFeature } from './project.ts';

/**
 * Features stored column-wise with geometry in typed arrays, so a chunk of
 * thousands of parcels is written to and read from IndexedDB as a few buffers
 * instead of thousands of nested arrays (structured clone copies typed arrays
 * in one go). Geometry nests feature → parts (polygons, lines) → rings → points.
 */
export interface EncodedFeatureChunk {
  readonly count: number;
  /** Record index in the source file; the parcel id is `${layerId}:${sourceIndex}`. */
  readonly sourceIndex: Uint32Array;
  /** Index into GEOMETRY_TYPES. */
  readonly geometryType: Uint8Array;
  readonly partCounts: Uint32Array;
  readonly ringCounts: Uint32Array;
  readonly pointCounts: Uint32Array;
  /** [lon, lat, …] degrees, CGCS2000. */
  readonly coordinates: Float64Array;
  readonly areaSquareMeters: Float64Array;
  /** NaN where the source records no area. */
  readonly recordedAreaSquareMeters: Float64Array;
  readonly areaMismatch: Uint8Array;
  /** Comma-joined issue codes, '' when none. */
  readonly issues: string[];
  readonly columns: Record<string, DbfValue[]>;
  /** Explicit parcel ids, only for data from before ids were derived from the source index. */
  readonly parcelIds?: string[];
}

/** Geometry type names by their code in `geometryType`. */
export const GEOMETRY_TYPES = [null, 'Polygon', 'MultiPolygon', 'Point', 'MultiPoint', 'LineString', 'MultiLineString'] as const;
type GeometryTypeName = Exclude<(typeof GEOMETRY_TYPES)[number], null>;

/** A feature as the encoder needs it: stored features, or imported ones with their source index. */
export interface EncodableFeature extends Omit<StoredFeature, 'parcelId'> {
  readonly sourceIndex: number;
  /** Flat lon/lat rings in shapefile order; when present they are copied instead of the GeoJSON. */
  readonly polygonRings?: readonly Float64Array[] | null;
}

/** Geometry as parts → rings → positions, whatever its type. */
function partsOf(geometry: StoredFeature['geometry']): LonLat[][][] {
  if (!geometry) return [];
  switch (geometry.type) {
    case 'Polygon': return [geometry.coordinates];
    case 'MultiPolygon': return geometry.coordinates;
    case 'Point': return [[[geometry.coordinates]]];
    case 'MultiPoint': return [[geometry.coordinates]];
    case 'LineString': return [[geometry.coordinates]];
    case 'MultiLineString': return geometry.coordinates.map((line) => [line]);
  }
}

/** A single flat ring needs no grouping into polygons: the common parcel, copied as it is. */
function singleFlatRing(feature: EncodableFeature): Float64Array | undefined {
  return feature.polygonRings?.length === 1 ? feature.polygonRings[0] : undefined;
}

/**
 * Encodes features; `attributeColumns` (indexed by source record) spares reading
 * each feature's attribute object when the importer already holds columns.
 */
export function encodeFeatureChunk(
  features: readonly EncodableFeature[], attributeColumns?: Record<string, DbfValue[]>, columnsOffset = 0,
): EncodedFeatureChunk {
  const count = features.length;
  // First pass: sizes, so every array is allocated once.
  let partTotal = 0, ringTotal = 0, pointTotal = 0;
  const nested: (LonLat[][][] | undefined)[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const feature = features[i] as EncodableFeature;
    const flat = singleFlatRing(feature);
    if (flat) {
      partTotal++;
      ringTotal++;
      pointTotal += flat.length / 2;
      continue;
    }
    const parts = partsOf(feature.geometry);
    nested[i] = parts;
    partTotal += parts.length;
    for (const part of parts) {
      ringTotal += part.length;
      for (const ring of part) pointTotal += ring.length;
    }
  }
  const chunk = {
    count,
    sourceIndex: new Uint32Array(count),
    geometryType: new Uint8Array(count),
    partCounts: new Uint32Array(count),
    ringCounts: new Uint32Array(partTotal),
    pointCounts: new Uint32Array(ringTotal),
    coordinates: new Float64Array(pointTotal * 2),
    areaSquareMeters: new Float64Array(count),
    recordedAreaSquareMeters: new Float64Array(count),
    areaMismatch: new Uint8Array(count),
    issues: new Array<string>(count),
  };
  let partAt = 0, ringAt = 0, coordAt = 0;
  for (let i = 0; i < count; i++) {
    const feature = features[i] as EncodableFeature;
    chunk.sourceIndex[i] = feature.sourceIndex;
    const flat = singleFlatRing(feature);
    if (flat) {
      chunk.geometryType[i] = GEOMETRY_TYPES.indexOf('Polygon');
      chunk.partCounts[i] = 1;
      chunk.ringCounts[partAt++] = 1;
      chunk.pointCounts[ringAt++] = flat.length / 2;
      copyCounterClockwise(flat, chunk.coordinates, coordAt);
      coordAt += flat.length;
    } else {
      chunk.geometryType[i] = GEOMETRY_TYPES.indexOf(feature.geometry?.type ?? null);
      const parts = nested[i] as LonLat[][][];
      chunk.partCounts[i] = parts.length;
      for (const part of parts) {
        chunk.ringCounts[partAt++] = part.length;
        for (const ring of part) {
          chunk.pointCounts[ringAt++] = ring.length;
          for (const [lon, lat] of ring) {
            chunk.coordinates[coordAt++] = lon;
            chunk.coordinates[coordAt++] = lat;
          }
        }
      }
    }
    chunk.areaSquareMeters[i] = feature.areaSquareMeters ?? 0;
    chunk.recordedAreaSquareMeters[i] = feature.recordedAreaSquareMeters ?? NaN;
    chunk.areaMismatch[i] = feature.areaMismatch ? 1 : 0;
    chunk.issues[i] = (feature.issues ?? []).join(',');
  }
  return { ...chunk, columns: encodeColumns(features, attributeColumns, columnsOffset) };
}

/** Copies a closed flat ring so that it runs counter-clockwise, as GeoJSON outer rings do (RFC 7946). */
function copyCounterClockwise(ring: Float64Array, target: Float64Array, at: number): void {
  if (!isClockwiseFlat(ring)) {
    target.set(ring, at);
    return;
  }
  for (let i = 0; i < ring.length; i += 2) {
    target[at + i] = ring[ring.length - 2 - i] as number;
    target[at + i + 1] = ring[ring.length - 1 - i] as number;
  }
}

function encodeColumns(features: readonly EncodableFeature[], source: Record<string, DbfValue[]> | undefined, offset: number): Record<string, DbfValue[]> {
  if (source) {
    const first = (features[0]?.sourceIndex ?? 0) - offset;
    // Consecutive records (nothing skipped): each column is one native slice.
    const consecutive = features.length > 0 && (features[features.length - 1] as EncodableFeature).sourceIndex - offset - first === features.length - 1;
    return Object.fromEntries(Object.entries(source).map(([name, values]) => [name, consecutive && first + features.length <= values.length
      ? values.slice(first, first + features.length)
      : features.map((f) => values[f.sourceIndex - offset] ?? null)]));
  }
  const names = [...new Set(features.flatMap((f) => Object.keys(f.attributes)))];
  return Object.fromEntries(names.map((name) => [name, features.map((f) => f.attributes[name] ?? null)]));
}

function buildGeometry(type: GeometryTypeName, parts: LonLat[][][]): NonNullable<StoredFeature['geometry']> {
  switch (type) {
    case 'Polygon': return { type, coordinates: parts[0] ?? [] };
    case 'MultiPolygon': return { type, coordinates: parts };
    case 'Point': return { type, coordinates: parts[0]?.[0]?.[0] ?? [NaN, NaN] };
    case 'MultiPoint': return { type, coordinates: parts[0]?.[0] ?? [] };
    case 'LineString': return { type, coordinates: parts[0]?.[0] ?? [] };
    case 'MultiLineString': return { type, coordinates: parts.map((p) => p[0] ?? []) };
  }
}

/**
 * A decoded feature whose attributes are built from the chunk's columns only when
 * first read: opening a project of 100k parcels draws the map without creating
 * 100k attribute objects.
 */
class DecodedFeature implements StoredFeature {
  private decodedAttributes: Record<string, DbfValue> | undefined;

  constructor(
    readonly parcelId: string,
    readonly geometry: StoredFeature['geometry'],
    readonly areaSquareMeters: number,
    readonly recordedAreaSquareMeters: number | undefined,
    readonly areaMismatch: boolean,
    readonly issues: readonly string[],
    private readonly columns: Record<string, DbfValue[]>,
    private readonly row: number,
  ) {}

  get attributes(): Record<string, DbfValue> {
    this.decodedAttributes ??= chunkAttributes({ columns: this.columns }, this.row);
    return this.decodedAttributes;
  }
}

/** The attribute record of one feature of a chunk (every source column). */
export function chunkAttributes(chunk: { readonly columns: Record<string, DbfValue[]> }, index: number): Record<string, DbfValue> {
  const attributes: Record<string, DbfValue> = {};
  for (const name in chunk.columns) attributes[name] = (chunk.columns[name] as DbfValue[])[index] ?? null;
  return attributes;
}

/** The parcel id of a chunk's feature: `${layerId}:${sourceIndex}`, or the explicit id of data from before that rule. */
export function chunkParcelId(chunk: Pick<EncodedFeatureChunk, 'parcelIds' | 'sourceIndex'>, index: number, layerId: string): string {
  return chunk.parcelIds?.[index] ?? `${layerId}:${chunk.sourceIndex[index]}`;
}

/** The features of a chunk, in order, with parcel ids under `layerId`. */
export function decodeFeatureChunk(chunk: EncodedFeatureChunk, layerId: string): StoredFeature[] {
  const out: StoredFeature[] = new Array(chunk.count);
  let partAt = 0, ringAt = 0, pointAt = 0, coordAt = 0;
  for (let i = 0; i < chunk.count; i++) {
    const featureParts: LonLat[][][] = [];
    const partCount = chunk.partCounts[partAt++] as number;
    for (let p = 0; p < partCount; p++) {
      const ringCount = chunk.ringCounts[ringAt++] as number;
      const part: LonLat[][] = [];
      for (let r = 0; r < ringCount; r++) {
        const pointCount = chunk.pointCounts[pointAt++] as number;
        const ring: LonLat[] = new Array(pointCount);
        for (let k = 0; k < pointCount; k++, coordAt += 2) ring[k] = [chunk.coordinates[coordAt] as number, chunk.coordinates[coordAt + 1] as number];
        part.push(ring);
      }
      featureParts.push(part);
    }
    const type = GEOMETRY_TYPES[chunk.geometryType[i] as number] ?? null;
    const recorded = chunk.recordedAreaSquareMeters[i] as number;
    out[i] = new DecodedFeature(
      chunkParcelId(chunk, i, layerId),
      type ? buildGeometry(type, featureParts) : null,
      chunk.areaSquareMeters[i] as number,
      Number.isNaN(recorded) ? undefined : recorded,
      chunk.areaMismatch[i] === 1,
      chunk.issues[i] ? (chunk.issues[i] as string).split(',') : [],
      chunk.columns,
      i,
    );
  }
  return out;
}
