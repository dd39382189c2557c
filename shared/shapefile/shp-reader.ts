import { ShapefileError } from './shapefile-error.ts';
import { baseShapeKind, type BaseShapeKind } from './shape-types.ts';

/**
 * One shape in source coordinates. `parts` holds each ring or line as a flat
 * Float64Array [x0, y0, x1, y1, …] in the file's CRS (x = easting or longitude).
 * Z and M values are not kept.
 */
export interface ShpShape {
  readonly kind: Exclude<BaseShapeKind, 'null'>;
  readonly parts: Float64Array[];
}

/** Records [start, end) to read; the others are only stepped over. */
export interface RecordRange {
  readonly start: number;
  readonly end: number;
}

export interface ShpFile {
  readonly shapeType: number;
  /** Records in the file. */
  readonly recordCount: number;
  /** Index of shapes[0] among the file's records (the range's start, 0 when reading all). */
  readonly firstRecord: number;
  /** [xmin, ymin, xmax, ymax] from the header, in the file's CRS. */
  readonly bbox: [number, number, number, number];
  /** One entry per record read (all, or the range), in file order; null for a null shape. */
  readonly shapes: (ShpShape | null)[];
}

const HEADER_BYTES = 100;
const FILE_CODE = 9994;

/** Reads a .shp file's geometry. Throws {@link ShapefileError} on malformed bytes. */
export function readShp(bytes: Uint8Array, range?: RecordRange): ShpFile {
  if (bytes.byteLength < HEADER_BYTES) {
    throw new ShapefileError('truncated', 'shp', `the .shp file has ${bytes.byteLength} bytes, fewer than its 100-byte header`);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getInt32(0, false) !== FILE_CODE) {
    throw new ShapefileError('bad-header', 'shp', 'the .shp file does not start with the shapefile signature 9994');
  }
  const shapeType = view.getInt32(32, true);
  if (baseShapeKind(shapeType) === undefined) {
    throw new ShapefileError('unsupported-shape-type', 'shp', `shape type ${shapeType} is not supported`);
  }
  const bbox: [number, number, number, number] = [
    view.getFloat64(36, true), view.getFloat64(44, true), view.getFloat64(52, true), view.getFloat64(60, true),
  ];
  const declaredBytes = view.getInt32(24, false) * 2;
  const end = Math.min(declaredBytes > 0 ? declaredBytes : bytes.byteLength, bytes.byteLength);
  const shapes: (ShpShape | null)[] = [];
  const first = range?.start ?? 0;
  const last = range?.end ?? Infinity;
  let offset = HEADER_BYTES;
  let record = 0;
  while (offset + 8 <= end) {
    if (isZeroPadding(bytes, offset, end)) break;
    const contentBytes = view.getInt32(offset + 4, false) * 2;
    const start = offset + 8;
    if (contentBytes < 4 || start + contentBytes > bytes.byteLength) {
      throw new ShapefileError('truncated', 'shp', `record ${record + 1} runs past the end of the .shp file`);
    }
    if (record >= first && record < last) shapes.push(readShape(view, start, contentBytes, record + 1));
    offset = start + contentBytes;
    record++;
  }
  return { shapeType, bbox, recordCount: record, firstRecord: Math.min(first, record), shapes };
}

function readShape(view: DataView, start: number, contentBytes: number, recordNumber: number): ShpShape | null {
  const type = view.getInt32(start, true);
  const kind = baseShapeKind(type);
  if (kind === undefined) {
    throw new ShapefileError('unsupported-shape-type', 'shp', `record ${recordNumber} has unsupported shape type ${type}`);
  }
  if (kind === 'null') return null;
  if (kind === 'point') {
    return { kind, parts: [Float64Array.of(view.getFloat64(start + 4, true), view.getFloat64(start + 12, true))] };
  }
  if (kind === 'multipoint') {
    const count = view.getInt32(start + 36, true);
    ensureFits(40 + count * 16, contentBytes, recordNumber);
    return { kind, parts: [readPoints(view, start + 40, count)] };
  }
  const numParts = view.getInt32(start + 36, true);
  const numPoints = view.getInt32(start + 40, true);
  ensureFits(44 + numParts * 4 + numPoints * 16, contentBytes, recordNumber);
  const pointsStart = start + 44 + numParts * 4;
  const parts: Float64Array[] = [];
  for (let p = 0; p < numParts; p++) {
    const first = view.getInt32(start + 44 + p * 4, true);
    const next = p + 1 < numParts ? view.getInt32(start + 44 + (p + 1) * 4, true) : numPoints;
    if (first < 0 || next > numPoints || next < first) {
      throw new ShapefileError('truncated', 'shp', `record ${recordNumber} has an invalid part index`);
    }
    parts.push(readPoints(view, pointsStart + first * 16, next - first));
  }
  return { kind, parts };
}

/** Some writers pad the .shp with zero bytes after the last record; that is not a record. */
function isZeroPadding(bytes: Uint8Array, from: number, end: number): boolean {
  for (let i = from; i < end; i++) if (bytes[i] !== 0) return false;
  return true;
}

function ensureFits(needed: number, available: number, recordNumber: number): void {
  if (needed > available) {
    throw new ShapefileError('truncated', 'shp', `record ${recordNumber} declares more points than it holds`);
  }
}

const LITTLE_ENDIAN_PLATFORM = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;

/** Copies `count` little-endian (x, y) doubles; one native copy on little-endian platforms. */
function readPoints(view: DataView, at: number, count: number): Float64Array {
  if (LITTLE_ENDIAN_PLATFORM) {
    // slice() gives a fresh, 8-byte-aligned buffer, whatever the record's alignment in the file.
    return new Float64Array(new Uint8Array(view.buffer, view.byteOffset + at, count * 16).slice().buffer);
  }
  const out = new Float64Array(count * 2);
  for (let i = 0; i < count * 2; i++) out[i] = view.getFloat64(at + i * 8, true);
  return out;
}
