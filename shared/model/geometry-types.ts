import type { LonLat } from './geometry.ts';

/** Reference-layer geometry (points and lines) in CGCS2000 lon/lat. */
export type ReferenceGeometry =
  | { readonly type: 'Point'; readonly coordinates: LonLat }
  | { readonly type: 'MultiPoint'; readonly coordinates: LonLat[] }
  | { readonly type: 'LineString'; readonly coordinates: LonLat[] }
  | { readonly type: 'MultiLineString'; readonly coordinates: LonLat[][] };
