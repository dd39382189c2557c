import type { LonLat, ParcelGeometry } from '../model/geometry.ts';

/**
 * Groups shapefile rings (flat [x, y, …] arrays, already in lon/lat) into a
 * polygon or multipolygon. Shapefile outer rings run clockwise and holes
 * counter-clockwise; each hole joins the outer ring that contains its first vertex.
 * Output rings follow GeoJSON (RFC 7946) winding: outer counter-clockwise.
 */
export function ringsToGeometry(ringsLonLat: readonly Float64Array[]): ParcelGeometry | null {
  const outers: LonLat[][][] = [];
  const holes: LonLat[][] = [];
  for (const flat of ringsLonLat) {
    if (flat.length < 8) continue;
    const ring = toPositions(flat);
    if (signedArea(ring) < 0) outers.push([ring.slice().reverse()]);
    else holes.push(ring.slice().reverse());
  }
  if (outers.length === 0) {
    // Wrong winding everywhere: treat every ring as an outer ring, counter-clockwise.
    for (const hole of holes) outers.push([hole.slice().reverse()]);
    holes.length = 0;
  }
  for (const hole of holes) {
    const owner = outers.find((polygon) => containsPoint(polygon[0] as LonLat[], hole[0] as LonLat)) ?? outers[0];
    owner?.push(hole);
  }
  if (outers.length === 0) return null;
  return outers.length === 1
    ? { type: 'Polygon', coordinates: outers[0] as LonLat[][] }
    : { type: 'MultiPolygon', coordinates: outers };
}

function toPositions(flat: Float64Array): LonLat[] {
  const ring: LonLat[] = [];
  for (let i = 0; i < flat.length; i += 2) ring.push([flat[i] as number, flat[i + 1] as number]);
  return ring;
}

/** Shoelace sum: positive for counter-clockwise rings in (x east, y north). */
function signedArea(ring: readonly LonLat[]): number {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [ax, ay] = ring[i] as LonLat;
    const [bx, by] = ring[i + 1] as LonLat;
    sum += ax * by - bx * ay;
  }
  return sum / 2;
}

function containsPoint(ring: readonly LonLat[], [x, y]: LonLat): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as LonLat;
    const [xj, yj] = ring[j] as LonLat;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}
