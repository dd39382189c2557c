import type { FlatPolygonParts } from '../model/chunk-feature-parts.ts';
import { placePointInParts } from '../photo/point-in-polygon.ts';

/** Signed shoelace area and centroid of a flat [lon, lat, …] ring (planar, degrees). */
function ringCentroid(ring: Float64Array): { area: number; lon: number; lat: number } {
  const n = ring.length >> 1;
  let twiceArea = 0, cx = 0, cy = 0;
  for (let i = 0, j = n - 1; i < n; j = i++) {
    const xi = ring[2 * i] as number, yi = ring[2 * i + 1] as number, xj = ring[2 * j] as number, yj = ring[2 * j + 1] as number;
    const cross = xj * yi - xi * yj;
    twiceArea += cross;
    cx += (xj + xi) * cross;
    cy += (yj + yi) * cross;
  }
  if (twiceArea === 0) return { area: 0, lon: ring[0] as number, lat: ring[1] as number };
  return { area: Math.abs(twiceArea / 2), lon: cx / (3 * twiceArea), lat: cy / (3 * twiceArea) };
}

/** The middle of the widest stretch of a horizontal line at `lat` that lies inside the parts. */
function scanlinePoint(parts: FlatPolygonParts, lat: number): [number, number] | undefined {
  const crossings: number[] = [];
  for (const rings of parts) {
    for (const ring of rings) {
      const n = ring.length >> 1;
      for (let i = 0, j = n - 1; i < n; j = i++) {
        const xi = ring[2 * i] as number, yi = ring[2 * i + 1] as number, xj = ring[2 * j] as number, yj = ring[2 * j + 1] as number;
        if (yi > lat !== yj > lat) crossings.push(xi + ((lat - yi) / (yj - yi)) * (xj - xi));
      }
    }
  }
  crossings.sort((a, b) => a - b);
  let best: [number, number] | undefined, width = 0;
  for (let k = 0; k + 1 < crossings.length; k += 2) {
    const w = (crossings[k + 1] as number) - (crossings[k] as number);
    if (w > width) {
      width = w;
      best = [((crossings[k] as number) + (crossings[k + 1] as number)) / 2, lat];
    }
  }
  return best;
}

/**
 * A point inside a parcel (lon/lat degrees, CGCS2000) to decide which park
 * boundary holds it: the centroid of the largest part when it lies inside,
 * else the middle of the widest inside stretch of the line through that
 * centroid's latitude (concave or holed parcels). Undefined without geometry.
 */
export function representativePoint(parts: FlatPolygonParts): [number, number] | undefined {
  let largest: { area: number; lon: number; lat: number; ring: Float64Array } | undefined;
  for (const [outer] of parts) {
    if (!outer || outer.length < 6) continue;
    const c = ringCentroid(outer);
    if (!largest || c.area > largest.area) largest = { ...c, ring: outer };
  }
  if (!largest) return undefined;
  if (placePointInParts(largest.lon, largest.lat, parts) === 'inside') return [largest.lon, largest.lat];
  const ring = largest.ring;
  let south = Infinity, north = -Infinity;
  for (let i = 1; i < ring.length; i += 2) {
    south = Math.min(south, ring[i] as number);
    north = Math.max(north, ring[i] as number);
  }
  return scanlinePoint(parts, largest.lat) ?? scanlinePoint(parts, (south + north) / 2);
}
