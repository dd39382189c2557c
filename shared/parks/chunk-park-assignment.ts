import { chunkFeatureParts } from '../model/chunk-feature-parts.ts';
import type { EncodedFeatureChunk } from '../model/feature-chunk-codec.ts';
import type { FieldMapping } from '../model/parcel-fields.ts';
import { assignPark, type ParkAssignment, type ParkBoundary } from './park-assignment.ts';

/**
 * The park of every feature of a stored chunk, in chunk order: by the boundary
 * layer (a point inside each parcel, lon/lat CGCS2000) when boundaries are
 * given, else by the park column the mapping names (YQMC …). `index` comes from
 * parkNameIndex(preset parks).
 */
export function assignChunkParks(
  chunk: EncodedFeatureChunk, mapping: FieldMapping, boundaries: readonly ParkBoundary[], index: ReadonlyMap<string, string>,
): ParkAssignment[] {
  const parts = boundaries.length > 0 ? chunkFeatureParts(chunk) : undefined;
  const parkColumn = mapping.park ? chunk.columns[mapping.park] : undefined;
  const out: ParkAssignment[] = new Array(chunk.count);
  for (let i = 0; i < chunk.count; i++) {
    const raw = parkColumn?.[i];
    const featureParts = parts?.[i];
    out[i] = assignPark({ parts: featureParts && featureParts.length > 0 ? featureParts : undefined, parkAttribute: typeof raw === 'string' ? raw : '' }, boundaries, index);
  }
  return out;
}
