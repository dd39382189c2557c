import type { EncodedFeatureChunk } from './feature-chunk-codec.ts';

/**
 * A polygon or multipolygon as parts → rings, each ring a flat [lon, lat, …]
 * array in degrees (CGCS2000), outer ring first, holes after; rings may be closed
 * (last point = first) or not. The layout of feature chunks (feature-chunk-codec.ts).
 */
export type FlatPolygonParts = readonly (readonly Float64Array[])[];

/**
 * The rings of every feature of a chunk as views into its coordinate array
 * (no copies): result[row] = parts → rings → flat [lon, lat, …] degrees, CGCS2000.
 * Features without geometry have no parts.
 */
export function chunkFeatureParts(chunk: EncodedFeatureChunk): FlatPolygonParts[] {
  const out: FlatPolygonParts[] = new Array(chunk.count);
  let partAt = 0, ringAt = 0, coordAt = 0;
  for (let i = 0; i < chunk.count; i++) {
    const partCount = chunk.partCounts[i] as number;
    const parts: Float64Array[][] = new Array(partCount);
    for (let p = 0; p < partCount; p++) {
      const ringCount = chunk.ringCounts[partAt++] as number;
      const rings: Float64Array[] = new Array(ringCount);
      for (let r = 0; r < ringCount; r++) {
        const values = (chunk.pointCounts[ringAt++] as number) * 2;
        rings[r] = chunk.coordinates.subarray(coordAt, coordAt + values);
        coordAt += values;
      }
      parts[p] = rings;
    }
    out[i] = parts;
  }
  return out;
}
