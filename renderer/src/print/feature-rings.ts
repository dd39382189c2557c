import { chunkFeatureParts } from '../../../shared/model/chunk-feature-parts.ts';
import type { EncodedFeatureChunk } from '../../../shared/model/feature-chunk-codec.ts';
import type { LonLat } from '../../../shared/model/geometry.ts';

/**
 * One feature's geometry from a stored chunk as parts → rings → [lon, lat]
 * (degrees, CGCS2000). Empty for a feature without geometry; throws for a row
 * outside the chunk.
 */
export function featureRings(chunk: EncodedFeatureChunk, row: number): LonLat[][][] {
  if (!(row >= 0 && row < chunk.count)) throw new Error(`row ${row} outside a chunk of ${chunk.count}`);
  return (chunkFeatureParts(chunk)[row] ?? []).map((part) => part.map((ring) => {
    const points: LonLat[] = new Array(ring.length / 2);
    for (let k = 0; k < points.length; k++) points[k] = [ring[2 * k] as number, ring[2 * k + 1] as number];
    return points;
  }));
}
