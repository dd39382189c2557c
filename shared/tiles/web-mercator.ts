/** Latitude where Web Mercator's square world ends (degrees). */
const MAX_LATITUDE = 85.0511287798066;

/**
 * Web Mercator "world" coordinates of a lon/lat in degrees: x and y in [0, 1],
 * y growing southwards, as map tiles are laid out. Used only to cut display
 * tiles; areas and lengths are never measured in this projection.
 */
export function worldX(lon: number): number {
  return lon / 360 + 0.5;
}

/** See {@link worldX}; latitude clamped to Web Mercator's extent. */
export function worldY(lat: number): number {
  const clamped = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat));
  const sin = Math.sin((clamped * Math.PI) / 180);
  return 0.5 - (0.25 * Math.log((1 + sin) / (1 - sin))) / Math.PI;
}
