/**
 * Twice the planar signed area of a closed ring given flat [x0, y0, x1, y1, …]
 * (x east, y north): positive when counter-clockwise, negative when clockwise.
 * Only the sign is meant to be used (winding), not the value as an area.
 */
export function signedTwiceAreaFlat(ring: ArrayLike<number>): number {
  let twice = 0;
  for (let i = 0; i + 3 < ring.length; i += 2) {
    twice += (ring[i] as number) * (ring[i + 3] as number) - (ring[i + 2] as number) * (ring[i + 1] as number);
  }
  return twice;
}

/** True for a clockwise ring: a shapefile outer ring, or a GeoJSON hole. */
export function isClockwiseFlat(ring: ArrayLike<number>): boolean {
  return signedTwiceAreaFlat(ring) < 0;
}
