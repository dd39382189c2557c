/**
 * Where to put a polygon's label: a point inside its ring (flat [x, y, …],
 * any winding, closed or not). The ring's centroid when that lies inside;
 * otherwise, for L-shaped or hollow-looking parcels, the middle of the widest
 * stretch of the horizontal line through the centroid that is inside the
 * ring. Planar: fine for placing a label, never for measuring.
 */
export function labelPoint(flat: ArrayLike<number>): [number, number] {
  // Relative to the first vertex: far from the origin, the products below would lose the ring's shape.
  const ox = flat[0] as number, oy = flat[1] as number;
  const ring = Array.from(flat, (v, i) => v - (i % 2 === 0 ? ox : oy));
  const n = ring.length / 2;
  let twiceArea = 0, cx = 0, cy = 0;
  for (let i = 0; i < n; i++) {
    const j = (i + 1) % n;
    const x0 = ring[i * 2] as number, y0 = ring[i * 2 + 1] as number, x1 = ring[j * 2] as number, y1 = ring[j * 2 + 1] as number;
    const cross = x0 * y1 - x1 * y0;
    twiceArea += cross;
    cx += (x0 + x1) * cross;
    cy += (y0 + y1) * cross;
  }
  if (twiceArea === 0) return [ox, oy];
  cx /= 3 * twiceArea;
  cy /= 3 * twiceArea;
  const crossings: number[] = [];
  for (let i = 0; i < n; i++) {
    const j = (i + 1) % n;
    const x0 = ring[i * 2] as number, y0 = ring[i * 2 + 1] as number, x1 = ring[j * 2] as number, y1 = ring[j * 2 + 1] as number;
    if ((y0 > cy) !== (y1 > cy)) crossings.push(x0 + ((cy - y0) / (y1 - y0)) * (x1 - x0));
  }
  crossings.sort((a, b) => a - b);
  let best: [number, number] = [cx, cy], widest = -1;
  for (let k = 0; k + 1 < crossings.length; k += 2) {
    const from = crossings[k] as number, to = crossings[k + 1] as number;
    if (cx >= from && cx <= to) return [cx + ox, cy + oy];
    if (to - from > widest) {
      widest = to - from;
      best = [(from + to) / 2, cy];
    }
  }
  return [best[0] + ox, best[1] + oy];
}
