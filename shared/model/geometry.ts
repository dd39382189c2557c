/** A position as [longitudeDegrees, latitudeDegrees] on CGCS2000 (EPSG:4490). */
export type LonLat = [number, number];

/** GeoJSON-shaped polygon in CGCS2000 lon/lat: outer ring first, rings closed. */
export interface PolygonLonLat {
  readonly type: 'Polygon';
  readonly coordinates: LonLat[][];
}

export interface MultiPolygonLonLat {
  readonly type: 'MultiPolygon';
  readonly coordinates: LonLat[][][];
}

export type ParcelGeometry = PolygonLonLat | MultiPolygonLonLat;

/** [west, south, east, north] in degrees, CGCS2000. */
export type BboxLonLat = [number, number, number, number];
