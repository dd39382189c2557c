import { gunzipSync } from 'fflate';
import { mvtLayerNames } from '../../../shared/basemap/mvt-layer-names.ts';
import { tileContent } from '../../../shared/basemap/tile-coordinates.ts';

/** Vector tile bytes as MapLibre needs them: gzip (common in MBTiles and tile folders) undone. */
export function plainVectorTile(bytes: Uint8Array): Uint8Array {
  return tileContent(bytes) === 'gzip' ? gunzipSync(bytes) : bytes;
}

/** Layer names of a sample vector tile (compressed or not); empty when it cannot be read. */
export function sampleVectorLayers(bytes: Uint8Array | undefined): string[] {
  if (!bytes) return [];
  try {
    return mvtLayerNames(plainVectorTile(bytes));
  } catch {
    return [];
  }
}
