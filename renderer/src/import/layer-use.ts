import type { LayerPreview } from './import-protocol.ts';

/** What a polygon layer is imported as. */
export interface PolygonLayerUse {
  readonly role?: 'parcels' | 'parkBoundaries';
  /** The column naming each park, for park boundaries. */
  readonly parkNameColumn?: string;
}

/**
 * The preview as it is stored for the user's choice of use: unchanged for
 * parcels; for park boundaries, role 'parkBoundaries' with the chosen name
 * column as the only mapping (fieldMapping.park).
 */
export function asStoredPreview(preview: LayerPreview, use: PolygonLayerUse): LayerPreview {
  if (use.role !== 'parkBoundaries' || preview.role !== 'parcels' || !use.parkNameColumn) return preview;
  return { ...preview, role: 'parkBoundaries', fieldMapping: { park: use.parkNameColumn } };
}
