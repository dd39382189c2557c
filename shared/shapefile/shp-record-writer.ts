import { forEachInChunks, type ExportProgressCallback } from '../export/export-progress.ts';
import { ShapeType, type BaseShapeKind } from './shape-types.ts';

/** The kinds a .shp is written as (one per file). */
export type ShapeKind = Exclude<BaseShapeKind, 'null'>;

/** Flat [x, y, …] parts of one record in the file's system; null for a feature without geometry. */
export type ShpRecordParts = readonly Float64Array[] | null;

export interface ShpFiles {
  readonly shp: Uint8Array;
  readonly shx: Uint8Array;
}

const TYPE_CODE: Readonly<Record<ShapeKind, number>> = {
  polygon: ShapeType.Polygon, polyline: ShapeType.PolyLine, point: ShapeType.Point, multipoint: ShapeType.MultiPoint,
};

/**
 * Writes a .shp and its .shx index (ESRI Shapefile Technical Description, 1998)
 * for one shape kind: polygons and lines as parts, a point as its single [x, y],
 * a multipoint as all its points. Null records are written as null shapes. The
 * file and record bounding boxes are computed here; polygon rings must already
 * be closed and oriented (outer rings clockwise, holes counter-clockwise, x east,
 * y north; see shapeParts in shared/export).
 */
export function writeShpRecords(kind: ShapeKind, records: readonly ShpRecordParts[], onProgress?: ExportProgressCallback): ShpFiles {
  const sizes = records.map((parts) => contentBytes(kind, parts));
  const shpBytes = 100 + sizes.reduce((sum, size) => sum + 8 + size, 0);
  const shp = new Uint8Array(shpBytes);
  const shx = new Uint8Array(100 + records.length * 8);
  const shpView = new DataView(shp.buffer);
  const shxView = new DataView(shx.buffer);
  const bbox = [Infinity, Infinity, -Infinity, -Infinity];
  let offset = 100;
  forEachInChunks(records.length, 'geometry', (index) => {
    const parts = records[index] as ShpRecordParts;
    const size = sizes[index] as number;
    shxView.setInt32(100 + index * 8, offset / 2, false);
    shxView.setInt32(104 + index * 8, size / 2, false);
    shpView.setInt32(offset, index + 1, false);
    shpView.setInt32(offset + 4, size / 2, false);
    writeRecord(shpView, offset + 8, kind, parts, bbox);
    offset += 8 + size;
  }, onProgress);
  const fileBbox = bbox[0] === Infinity ? [0, 0, 0, 0] : bbox;
  writeHeader(shpView, shpBytes, TYPE_CODE[kind], fileBbox);
  writeHeader(shxView, shx.byteLength, TYPE_CODE[kind], fileBbox);
  return { shp, shx };
}

function pointCount(parts: readonly Float64Array[]): number {
  return parts.reduce((sum, part) => sum + part.length / 2, 0);
}

function contentBytes(kind: ShapeKind, parts: ShpRecordParts): number {
  if (!parts || parts.length === 0) return 4;
  if (kind === 'point') return 20;
  if (kind === 'multipoint') return 40 + pointCount(parts) * 16;
  return 44 + parts.length * 4 + pointCount(parts) * 16;
}

function writeHeader(view: DataView, byteLength: number, typeCode: number, bbox: readonly number[]): void {
  view.setInt32(0, 9994, false);
  view.setInt32(24, byteLength / 2, false);
  view.setInt32(28, 1000, true);
  view.setInt32(32, typeCode, true);
  bbox.forEach((value, i) => view.setFloat64(36 + i * 8, value, true));
}

function writeRecord(view: DataView, at: number, kind: ShapeKind, parts: ShpRecordParts, fileBbox: number[]): void {
  if (!parts || parts.length === 0) {
    view.setInt32(at, ShapeType.Null, true);
    return;
  }
  view.setInt32(at, TYPE_CODE[kind], true);
  const box = partsBbox(parts);
  fileBbox[0] = Math.min(fileBbox[0] as number, box[0]);
  fileBbox[1] = Math.min(fileBbox[1] as number, box[1]);
  fileBbox[2] = Math.max(fileBbox[2] as number, box[2]);
  fileBbox[3] = Math.max(fileBbox[3] as number, box[3]);
  if (kind === 'point') {
    const point = parts[0] as Float64Array;
    view.setFloat64(at + 4, point[0] as number, true);
    view.setFloat64(at + 12, point[1] as number, true);
    return;
  }
  box.forEach((value, i) => view.setFloat64(at + 4 + i * 8, value, true));
  let p: number;
  if (kind === 'multipoint') {
    view.setInt32(at + 36, pointCount(parts), true);
    p = at + 40;
  } else {
    view.setInt32(at + 36, parts.length, true);
    view.setInt32(at + 40, pointCount(parts), true);
    let first = 0;
    parts.forEach((part, i) => {
      view.setInt32(at + 44 + i * 4, first, true);
      first += part.length / 2;
    });
    p = at + 44 + parts.length * 4;
  }
  for (const part of parts) {
    for (let i = 0; i < part.length; i++, p += 8) view.setFloat64(p, part[i] as number, true);
  }
}

function partsBbox(parts: readonly Float64Array[]): [number, number, number, number] {
  let xmin = Infinity, ymin = Infinity, xmax = -Infinity, ymax = -Infinity;
  for (const part of parts) {
    for (let i = 0; i + 1 < part.length; i += 2) {
      const x = part[i] as number, y = part[i + 1] as number;
      if (x < xmin) xmin = x;
      if (x > xmax) xmax = x;
      if (y < ymin) ymin = y;
      if (y > ymax) ymax = y;
    }
  }
  return [xmin, ymin, xmax, ymax];
}
