/**
 * Clipping in tile space (a tile's own pixel grid, y down) to the square
 * [min, max]², so a tile carries only what it shows plus a buffer. Rings and
 * lines are flat [x, y, …] arrays.
 */

/** The part of a polygon ring inside the square (Sutherland–Hodgman; the ring itself when wholly inside); may be empty. */
export function clipRing(ring: ArrayLike<number>, min: number, max: number): ArrayLike<number> {
  let inside = true;
  for (let i = 0; i < ring.length && inside; i++) inside = (ring[i] as number) >= min && (ring[i] as number) <= max;
  // The common case, a parcel wholly inside: the same array back, no copy.
  if (inside) return ring;
  let points = Array.from(ring);
  points = clipEdge(points, 0, min, true);
  points = clipEdge(points, 0, max, false);
  points = clipEdge(points, 1, min, true);
  return clipEdge(points, 1, max, false);
}

/** Keeps the side of the line `axis = bound` where values are ≥ bound (keepAbove) or ≤ bound. */
function clipEdge(points: readonly number[], axis: 0 | 1, bound: number, keepAbove: boolean): number[] {
  const out: number[] = [];
  const n = points.length / 2;
  if (n === 0) return out;
  const isIn = (v: number) => (keepAbove ? v >= bound : v <= bound);
  let px = points[(n - 1) * 2] as number, py = points[(n - 1) * 2 + 1] as number;
  let pIn = isIn(axis === 0 ? px : py);
  for (let i = 0; i < n; i++) {
    const x = points[i * 2] as number, y = points[i * 2 + 1] as number;
    const cIn = isIn(axis === 0 ? x : y);
    if (cIn !== pIn) {
      const t = (bound - (axis === 0 ? px : py)) / ((axis === 0 ? x : y) - (axis === 0 ? px : py));
      out.push(axis === 0 ? bound : px + t * (x - px), axis === 0 ? py + t * (y - py) : bound);
    }
    if (cIn) out.push(x, y);
    px = x; py = y; pIn = cIn;
  }
  return out;
}

/** The pieces of a polyline inside the square (Liang–Barsky per segment, joined where they touch). */
export function clipLine(line: ArrayLike<number>, min: number, max: number): number[][] {
  const pieces: number[][] = [];
  let current: number[] | undefined;
  for (let i = 0; i + 3 < line.length; i += 2) {
    const segment = clipSegment(line[i] as number, line[i + 1] as number, line[i + 2] as number, line[i + 3] as number, min, max);
    if (!segment) {
      current = undefined;
      continue;
    }
    const [x0, y0, x1, y1] = segment;
    if (!current || current[current.length - 2] !== x0 || current[current.length - 1] !== y0) {
      current = [x0, y0];
      pieces.push(current);
    }
    current.push(x1, y1);
  }
  return pieces;
}

function clipSegment(x0: number, y0: number, x1: number, y1: number, min: number, max: number): [number, number, number, number] | undefined {
  let t0 = 0, t1 = 1;
  const dx = x1 - x0, dy = y1 - y0;
  const checks: [number, number][] = [[-dx, x0 - min], [dx, max - x0], [-dy, y0 - min], [dy, max - y0]];
  for (const [p, q] of checks) {
    if (p === 0) {
      if (q < 0) return undefined;
    } else {
      const r = q / p;
      if (p < 0) { if (r > t1) return undefined; if (r > t0) t0 = r; }
      else { if (r < t0) return undefined; if (r < t1) t1 = r; }
    }
  }
  return [x0 + t0 * dx, y0 + t0 * dy, x0 + t1 * dx, y0 + t1 * dy];
}
