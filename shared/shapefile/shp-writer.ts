import { ShapeType } from './shape-types.ts';

/** A polygon record: rings as flat [x0, y0, x1, y1, …] arrays, each ring closed. */
export type PolygonRings = readonly Float64Array[];

export interface WrittenShp {
  readonly shp: Uint8Array;
  readonly shx: Uint8Array;
}

/**
 * Writes Polygon (type 5) .shp and .shx files. Outer rings must run clockwise and
 * holes counter-clockwise, as the format requires; this writer does not reorder.
 */
export function writePolygonShp(records: readonly PolygonRings[]): WrittenShp {
  const contentSizes = records.map((rings) => 44 + rings.length * 4 + pointCount(rings) * 16);
  const shpBytes = 100 + contentSizes.reduce((sum, size) => sum + 8 + size, 0);
  const shp = new Uint8Array(shpBytes);
  const shx = new Uint8Array(100 + records.length * 8);
  const shpView = new DataView(shp.buffer);
  const shxView = new DataView(shx.buffer);
  const bbox = totalBbox(records);
  writeHeader(shpView, shpBytes, bbox);
  writeHeader(shxView, shx.byteLength, bbox);
  let offset = 100;
  records.forEach((rings, index) => {
    const size = contentSizes[index] as number;
    shxView.setInt32(100 + index * 8, offset / 2, false);
    shxView.setInt32(104 + index * 8, size / 2, false);
    shpView.setInt32(offset, index + 1, false);
    shpView.setInt32(offset + 4, size / 2, false);
    writePolygon(shpView, offset + 8, rings);
    offset += 8 + size;
  });
  return { shp, shx };
}

function pointCount(rings: PolygonRings): number {
  return rings.reduce((sum, ring) => sum + ring.length / 2, 0);
}

function writeHeader(view: DataView, byteLength: number, bbox: number[]): void {
  view.setInt32(0, 9994, false);
  view.setInt32(24, byteLength / 2, false);
  view.setInt32(28, 1000, true);
  view.setInt32(32, ShapeType.Polygon, true);
  bbox.forEach((value, i) => view.setFloat64(36 + i * 8, value, true));
}

function writePolygon(view: DataView, at: number, rings: PolygonRings): void {
  const [xmin, ymin, xmax, ymax] = ringsBbox(rings);
  view.setInt32(at, ShapeType.Polygon, true);
  view.setFloat64(at + 4, xmin, true);
  view.setFloat64(at + 12, ymin, true);
  view.setFloat64(at + 20, xmax, true);
  view.setFloat64(at + 28, ymax, true);
  view.setInt32(at + 36, rings.length, true);
  view.setInt32(at + 40, pointCount(rings), true);
  let pointIndex = 0;
  rings.forEach((ring, i) => {
    view.setInt32(at + 44 + i * 4, pointIndex, true);
    pointIndex += ring.length / 2;
  });
  let p = at + 44 + rings.length * 4;
  for (const ring of rings) {
    for (let i = 0; i < ring.length; i++, p += 8) view.setFloat64(p, ring[i] as number, true);
  }
}

function ringsBbox(rings: PolygonRings): [number, number, number, number] {
  let xmin = Infinity, ymin = Infinity, xmax = -Infinity, ymax = -Infinity;
  for (const ring of rings) {
    for (let i = 0; i < ring.length; i += 2) {
      const x = ring[i] as number, y = ring[i + 1] as number;
      if (x < xmin) xmin = x;
      if (x > xmax) xmax = x;
      if (y < ymin) ymin = y;
      if (y > ymax) ymax = y;
    }
  }
  return [xmin, ymin, xmax, ymax];
}

function totalBbox(records: readonly PolygonRings[]): number[] {
  if (records.length === 0) return [0, 0, 0, 0, 0, 0, 0, 0];
  const boxes = records.map(ringsBbox);
  return [
    Math.min(...boxes.map((b) => b[0])), Math.min(...boxes.map((b) => b[1])),
    Math.max(...boxes.map((b) => b[2])), Math.max(...boxes.map((b) => b[3])),
    0, 0, 0, 0,
  ];
}
