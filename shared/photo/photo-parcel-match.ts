import type { BboxLonLat, LonLat } from '../model/geometry.ts';
import { placePointInParts, type FlatPolygonParts } from './point-in-polygon.ts';

/** A parcel as the matcher's prefilter needs it: id and extent (degrees, CGCS2000). */
export interface ParcelExtent {
  readonly parcelId: string;
  readonly bbox: BboxLonLat;
}

/** Where a photo belongs, or why it belongs nowhere. */
export type PhotoParcelMatch =
  | {
    readonly status: 'matched';
    readonly parcelId: string;
    /** The position lies on the parcel's edge rather than strictly inside. */
    readonly onBoundary: boolean;
    /** Other parcels that hold the position too (overlaps, shared edges), for the user to check. */
    readonly otherParcelIds: readonly string[];
  }
  | { readonly status: 'noPosition' }
  | { readonly status: 'outside' };

const bboxArea = (b: BboxLonLat) => (b[2] - b[0]) * (b[3] - b[1]);

/** Parcels whose extent holds the position (edges included): the candidates for the exact test. */
export function parcelsWithExtentHolding<T extends ParcelExtent>(parcels: readonly T[], lonLat: LonLat): T[] {
  const [lon, lat] = lonLat;
  return parcels.filter(({ bbox }) => lon >= bbox[0] && lon <= bbox[2] && lat >= bbox[1] && lat <= bbox[3]);
}

/**
 * The parcel that holds a photo's position. GPS positions are WGS84 and parcels
 * CGCS2000; the two datums differ by well under a metre here, far less than a
 * phone's GPS error, so the position is used as CGCS2000 lon/lat unchanged.
 *
 * Candidates come from the extents (`parcelsWithExtentHolding`), then the exact
 * test runs on `partsOf(parcelId)` (undefined: geometry unavailable, skipped).
 * When several parcels hold the point, strictly inside beats on an edge, and
 * then the parcel with the smaller extent wins (the more specific one of
 * nested or overlapping parcels); the others are reported.
 */
export function matchPhotoToParcel(
  lonLat: LonLat | null,
  parcels: readonly ParcelExtent[],
  partsOf: (parcelId: string) => FlatPolygonParts | undefined,
): PhotoParcelMatch {
  if (!lonLat) return { status: 'noPosition' };
  const holding: { parcel: ParcelExtent; onBoundary: boolean }[] = [];
  for (const parcel of parcelsWithExtentHolding(parcels, lonLat)) {
    const parts = partsOf(parcel.parcelId);
    if (!parts) continue;
    const placement = placePointInParts(lonLat[0], lonLat[1], parts);
    if (placement !== 'outside') holding.push({ parcel, onBoundary: placement === 'boundary' });
  }
  if (holding.length === 0) return { status: 'outside' };
  holding.sort((a, b) => Number(a.onBoundary) - Number(b.onBoundary) || bboxArea(a.parcel.bbox) - bboxArea(b.parcel.bbox));
  const [best, ...others] = holding as [(typeof holding)[number], ...typeof holding];
  return { status: 'matched', parcelId: best.parcel.parcelId, onBoundary: best.onBoundary, otherParcelIds: others.map((o) => o.parcel.parcelId) };
}
