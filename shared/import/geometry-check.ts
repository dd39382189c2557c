import { isClockwiseFlat } from '../model/ring-orientation.ts';

/** What can be wrong with one feature's geometry. */
export type FeatureIssueCode =
  | 'null-geometry'
  | 'invalid-coordinate'
  | 'out-of-range'
  | 'unclosed-ring'
  | 'too-few-points'
  | 'wrong-winding'
  | 'self-intersection';

/** Issues that "fix" repairs; the others can only be kept (flagged) or skipped. */
export const FIXABLE_ISSUES: ReadonlySet<FeatureIssueCode> = new Set([
  'invalid-coordinate', 'unclosed-ring', 'too-few-points', 'wrong-winding',
]);

export interface RingCheck {
  readonly issues: FeatureIssueCode[];
  /**
   * The rings with fixable problems repaired (closed, invalid vertices and degenerate
   * rings dropped): the input array itself when nothing needed repair.
   */
  readonly repaired: readonly Float64Array[];
}

const MAX_VERTICES_FOR_INTERSECTION_CHECK = 4000;

/**
 * Checks polygon rings given as flat [lon, lat, …] degrees, in shapefile order
 * (outer rings clockwise). Reports every issue once.
 */
export function checkPolygonRings(rings: readonly Float64Array[]): RingCheck {
  const issues = found;
  issues.clear();
  let repaired: Float64Array[] | undefined; // made only when a ring changes or drops out
  let clockwise = 0;
  for (let r = 0; r < rings.length; r++) {
    const ring = rings[r] as Float64Array;
    const closed = repairRing(ring, issues);
    if (closed !== ring) repaired ??= rings.slice(0, r);
    if (!closed) continue;
    if (isClockwiseFlat(closed)) clockwise++;
    if (closed.length / 2 <= MAX_VERTICES_FOR_INTERSECTION_CHECK && ringSelfIntersects(withoutRepeats(closed))) issues.add('self-intersection');
    repaired?.push(closed);
  }
  const kept = repaired ?? rings;
  if (rings.length === 0) issues.add('null-geometry');
  else if (kept.length === 0) issues.add('too-few-points');
  else if (clockwise === 0) issues.add('wrong-winding');
  return { issues: issues.size === 0 ? NO_ISSUES : [...issues], repaired: kept };
}

/** Shared by every valid ring set, so the common case allocates no issue list. */
const NO_ISSUES: FeatureIssueCode[] = [];
/** The issues of the ring set being checked (emptied at each call; copied out when any). */
const found = new Set<FeatureIssueCode>();

/**
 * The ring closed and without non-finite vertices, or null when fewer than four
 * positions remain. Returns the input itself when nothing needs repair (the
 * common case: no copy).
 */
function repairRing(ring: Float64Array, issues: Set<FeatureIssueCode>): Float64Array | null {
  let finite = true;
  for (let i = 0; i < ring.length; i += 2) {
    const lon = ring[i] as number, lat = ring[i + 1] as number;
    if (!Number.isFinite(lon) || !Number.isFinite(lat)) {
      finite = false;
      continue;
    }
    if (lon < -180 || lon > 180 || lat < -90 || lat > 90) issues.add('out-of-range');
  }
  let points = ring;
  if (!finite) {
    issues.add('invalid-coordinate');
    const kept: number[] = [];
    for (let i = 0; i < ring.length; i += 2) {
      if (Number.isFinite(ring[i] as number) && Number.isFinite(ring[i + 1] as number)) kept.push(ring[i] as number, ring[i + 1] as number);
    }
    points = Float64Array.from(kept);
  }
  const n = points.length;
  if (n >= 2 && (points[0] !== points[n - 2] || points[1] !== points[n - 1])) {
    issues.add('unclosed-ring');
    const closedRing = new Float64Array(n + 2);
    closedRing.set(points);
    closedRing[n] = points[0] as number;
    closedRing[n + 1] = points[1] as number;
    points = closedRing;
  }
  if (points.length < 8) {
    issues.add('too-few-points');
    return null;
  }
  return points;
}

/** Drops consecutive repeated vertices, which are harmless but look like touching edges. */
function withoutRepeats(ring: Float64Array): Float64Array {
  let repeats = false;
  for (let i = 2; i < ring.length && !repeats; i += 2) repeats = ring[i] === ring[i - 2] && ring[i + 1] === ring[i - 1];
  if (!repeats) return ring;
  const out: number[] = [ring[0] as number, ring[1] as number];
  for (let i = 2; i < ring.length; i += 2) {
    if (ring[i] !== out[out.length - 2] || ring[i + 1] !== out[out.length - 1]) out.push(ring[i] as number, ring[i + 1] as number);
  }
  return Float64Array.from(out);
}

/** True when two non-adjacent edges of a closed ring cross or touch. */
export function ringSelfIntersects(ring: Float64Array): boolean {
  const edges = ring.length / 2 - 1;
  for (let i = 0; i < edges; i++) {
    const ax = ring[2 * i] as number, ay = ring[2 * i + 1] as number;
    const bx = ring[2 * i + 2] as number, by = ring[2 * i + 3] as number;
    const minX = Math.min(ax, bx), maxX = Math.max(ax, bx), minY = Math.min(ay, by), maxY = Math.max(ay, by);
    for (let j = i + 2; j < edges; j++) {
      if (i === 0 && j === edges - 1) continue; // first and last edge share the closing vertex
      const cx = ring[2 * j] as number, cy = ring[2 * j + 1] as number;
      const dx = ring[2 * j + 2] as number, dy = ring[2 * j + 3] as number;
      if (Math.max(cx, dx) < minX || Math.min(cx, dx) > maxX || Math.max(cy, dy) < minY || Math.min(cy, dy) > maxY) continue;
      if (segmentsIntersect(ax, ay, bx, by, cx, cy, dx, dy)) return true;
    }
  }
  return false;
}

function orientation(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number {
  const value = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
  return value > 0 ? 1 : value < 0 ? -1 : 0;
}

function segmentsIntersect(
  ax: number, ay: number, bx: number, by: number, cx: number, cy: number, dx: number, dy: number,
): boolean {
  const o1 = orientation(ax, ay, bx, by, cx, cy), o2 = orientation(ax, ay, bx, by, dx, dy);
  const o3 = orientation(cx, cy, dx, dy, ax, ay), o4 = orientation(cx, cy, dx, dy, bx, by);
  if (o1 !== o2 && o3 !== o4) return true;
  const onSegment = (px: number, py: number, qx: number, qy: number, rx: number, ry: number) =>
    Math.min(px, qx) <= rx && rx <= Math.max(px, qx) && Math.min(py, qy) <= ry && ry <= Math.max(py, qy);
  return (o1 === 0 && onSegment(ax, ay, bx, by, cx, cy)) || (o2 === 0 && onSegment(ax, ay, bx, by, dx, dy)) ||
    (o3 === 0 && onSegment(cx, cy, dx, dy, ax, ay)) || (o4 === 0 && onSegment(cx, cy, dx, dy, bx, by));
}
