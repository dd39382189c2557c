import type { FlatPolygonParts } from '../model/chunk-feature-parts.ts';

export type { FlatPolygonParts };

export type PointPlacement = 'inside' | 'boundary' | 'outside';

/**
 * A point this close to an edge counts as on it: 1e-9° is about 0.1 mm, far below
 * survey precision, but absorbs rounding in coordinates that lie on an edge.
 */
const BOUNDARY_TOLERANCE_DEGREES = 1e-9;

function onSegment(x: number, y: number, ax: number, ay: number, bx: number, by: number): boolean {
  const t = BOUNDARY_TOLERANCE_DEGREES;
  if (x < Math.min(ax, bx) - t || x > Math.max(ax, bx) + t || y < Math.min(ay, by) - t || y > Math.max(ay, by) + t) return false;
  const dx = bx - ax, dy = by - ay;
  const length = Math.sqrt(dx * dx + dy * dy);
  if (length === 0) return Math.abs(x - ax) <= t && Math.abs(y - ay) <= t;
  return Math.abs(dx * (y - ay) - dy * (x - ax)) / length <= t;
}

/** Where a point lies relative to one ring: even-odd ray crossing, with edges counted as boundary. */
export function placePointInRing(lon: number, lat: number, ring: Float64Array): PointPlacement {
  const n = ring.length >> 1;
  let inside = false;
  for (let i = 0, j = n - 1; i < n; j = i++) {
    const xi = ring[2 * i] as number, yi = ring[2 * i + 1] as number;
    const xj = ring[2 * j] as number, yj = ring[2 * j + 1] as number;
    if (onSegment(lon, lat, xi, yi, xj, yj)) return 'boundary';
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside ? 'inside' : 'outside';
}

/**
 * Where a point (lon/lat degrees, same CRS as the rings) lies relative to a
 * polygon or multipolygon: inside one part's outer ring and in none of its holes
 * is 'inside'; on any ring's edge (outer or hole) of a part whose outer ring
 * holds it is 'boundary'; anything else, including inside a hole, is 'outside'.
 */
export function placePointInParts(lon: number, lat: number, parts: FlatPolygonParts): PointPlacement {
  let result: PointPlacement = 'outside';
  for (const [outer, ...holes] of parts) {
    if (!outer) continue;
    const inOuter = placePointInRing(lon, lat, outer);
    if (inOuter === 'outside') continue;
    if (inOuter === 'boundary') {
      result = 'boundary';
      continue;
    }
    let inHole: PointPlacement = 'outside';
    for (const hole of holes) {
      inHole = placePointInRing(lon, lat, hole);
      if (inHole !== 'outside') break;
    }
    if (inHole === 'outside') return 'inside';
    if (inHole === 'boundary') result = 'boundary';
  }
  return result;
}
