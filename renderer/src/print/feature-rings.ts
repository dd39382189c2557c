import type { EncodedFeatureChunk } from '../../../shared/model/feature-chunk-codec.ts';
import type { LonLat } from '../../../shared/model/geometry.ts';

/**
 * One feature's geometry from a stored chunk as parts → rings → [lon, lat]
 * (degrees, CGCS2000), without decoding the rest of the chunk. Empty for a
 * feature without geometry; throws for a row outside the chunk.
 */
export function featureRings(chunk: EncodedFeatureChunk, row: number): LonLat[][][] {
  if (!(row >= 0 && row < chunk.count)) throw new Error(`row ${row} outside a chunk of ${chunk.count}`);
  let partAt = 0, ringAt = 0, coordAt = 0;
  for (let i = 0; i < row; i++) {
    const parts = chunk.partCounts[i] as number;
    for (let p = 0; p < parts; p++) {
      const rings = chunk.ringCounts[partAt++] as number;
      for (let r = 0; r < rings; r++) coordAt += 2 * (chunk.pointCounts[ringAt++] as number);
    }
  }
  const out: LonLat[][][] = [];
  const parts = chunk.partCounts[row] as number;
  for (let p = 0; p < parts; p++) {
    const rings = chunk.ringCounts[partAt++] as number;
    const part: LonLat[][] = [];
    for (let r = 0; r < rings; r++) {
      const points = chunk.pointCounts[ringAt++] as number;
      const ring: LonLat[] = new Array(points);
      for (let k = 0; k < points; k++, coordAt += 2) ring[k] = [chunk.coordinates[coordAt] as number, chunk.coordinates[coordAt + 1] as number];
      part.push(ring);
    }
    out.push(part);
  }
  return out;
}
