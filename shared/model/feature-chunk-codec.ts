import type { DbfValue } from '../shapefile/dbf-reader.ts';
import type { LonLat } from './geometry.ts';
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

const GEOMETRY_TYPES = [null, 'Polygon', 'MultiPolygon', 'Point', 'MultiPoint', 'LineString', 'MultiLineString'] as const;
type GeometryTypeName = Exclude<(typeof GEOMETRY_TYPES)[number], null>;

/** A feature as the encoder needs it: stored features, or imported ones with their source index. */
export interface EncodableFeature extends Omit<StoredFeature, 'parcelId'> {
  readonly sourceIndex: number;
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

export function encodeFeatureChunk(features: readonly EncodableFeature[]): EncodedFeatureChunk {
  const count = features.length;
  const parts: number[] = [], rings: number[] = [], points: number[] = [], coordinates: number[] = [];
  const columnNames = [...new Set(features.flatMap((f) => Object.keys(f.attributes)))];
  const columns: Record<string, DbfValue[]> = Object.fromEntries(columnNames.map((name) => [name, new Array<DbfValue>(count)]));
  const chunk = {
    count,
    sourceIndex: new Uint32Array(count),
    geometryType: new Uint8Array(count),
    areaSquareMeters: new Float64Array(count),
    recordedAreaSquareMeters: new Float64Array(count),
    areaMismatch: new Uint8Array(count),
    issues: new Array<string>(count),
  };
  features.forEach((feature, i) => {
    chunk.sourceIndex[i] = feature.sourceIndex;
    chunk.geometryType[i] = GEOMETRY_TYPES.indexOf(feature.geometry?.type ?? null);
    const featureParts = partsOf(feature.geometry);
    parts.push(featureParts.length);
    for (const part of featureParts) {
      rings.push(part.length);
      for (const ring of part) {
        points.push(ring.length);
        for (const [lon, lat] of ring) coordinates.push(lon, lat);
      }
    }
    chunk.areaSquareMeters[i] = feature.areaSquareMeters ?? 0;
    chunk.recordedAreaSquareMeters[i] = feature.recordedAreaSquareMeters ?? NaN;
    chunk.areaMismatch[i] = feature.areaMismatch ? 1 : 0;
    chunk.issues[i] = (feature.issues ?? []).join(',');
    for (const name of columnNames) (columns[name] as DbfValue[])[i] = feature.attributes[name] ?? null;
  });
  return {
    ...chunk,
    partCounts: Uint32Array.from(parts),
    ringCounts: Uint32Array.from(rings),
    pointCounts: Uint32Array.from(points),
    coordinates: Float64Array.from(coordinates),
    columns,
  };
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
    if (!this.decodedAttributes) {
      const attributes: Record<string, DbfValue> = {};
      for (const name in this.columns) attributes[name] = (this.columns[name] as DbfValue[])[this.row] ?? null;
      this.decodedAttributes = attributes;
    }
    return this.decodedAttributes;
  }
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
      chunk.parcelIds?.[i] ?? `${layerId}:${chunk.sourceIndex[i]}`,
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
