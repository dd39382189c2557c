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
  /** Index of the first record read among the file's records (the range's start, 0 when reading all). */
  readonly firstRecord: number;
  /** Records read (all, or the range). */
  readonly shapeCount: number;
  /** Kind of the first non-null shape read ('null' when every shape read is null). */
  readonly kind: BaseShapeKind;
  /** [xmin, ymin, xmax, ymax] from the header, in the file's CRS. */
  readonly bbox: [number, number, number, number];
  /**
   * Every point of the shapes read, [x0, y0, …] in file order, in one buffer: a
   * layer converts to lon/lat in one call, and 100k parts cost no 100k buffers.
   */
  readonly coordinates: Float64Array;
  /**
   * Shape `j` of those read (record firstRecord + j), null for a null shape. Its
   * parts are views (subarrays) of `points`: `coordinates` by default, or a
   * converted copy laid out the same way (e.g. the same points in lon/lat).
   */
  shapeAt(j: number, points?: Float64Array): ShpShape | null;
  /** Every shape read, in file order (built on first use). */
  readonly shapes: (ShpShape | null)[];
}

const HEADER_BYTES = 100;
const FILE_CODE = 9994;
/** Shape kinds by the code kept per record; 0 is a null shape. */
const KINDS = [null, 'point', 'polyline', 'polygon', 'multipoint'] as const;

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
  const first = range?.start ?? 0;
  const last = range?.end ?? Infinity;
  // Pass 1: record boundaries (every record is checked, read or not), and where the range lies.
  let offset = HEADER_BYTES;
  let record = 0;
  let rangeStart = -1, rangeEnd = -1;
  while (offset + 8 <= end) {
    if (isZeroPadding(bytes, offset, end)) break;
    const contentBytes = view.getInt32(offset + 4, false) * 2;
    const start = offset + 8;
    if (contentBytes < 4 || start + contentBytes > bytes.byteLength) {
      throw new ShapefileError('truncated', 'shp', `record ${record + 1} runs past the end of the .shp file`);
    }
    if (record === first) rangeStart = offset;
    offset = start + contentBytes;
    record++;
    if (record === last) rangeEnd = offset;
  }
  if (rangeStart >= 0 && rangeEnd < 0) rangeEnd = offset;
  // Pass 2: the range's shapes. Their points need at most one double per 8 content bytes.
  const shapeCount = rangeStart < 0 ? 0 : Math.max(0, Math.min(last, record) - first);
  const sink: ShapeSink = {
    view, coordinates: new Float64Array(rangeStart < 0 ? 0 : (rangeEnd - rangeStart) >> 3), used: 0,
    kinds: new Uint8Array(shapeCount), firstParts: new Uint32Array(shapeCount + 1), partEnds: [],
  };
  for (let at = rangeStart, j = 0; j < shapeCount; j++) {
    const contentBytes = view.getInt32(at + 4, false) * 2;
    readShape(sink, j, at + 8, contentBytes, first + j + 1);
    at += 8 + contentBytes;
  }
  return shpFile(shapeType, record, Math.min(first, record), bbox, sink);
}

function shpFile(shapeType: number, recordCount: number, firstRecord: number, bbox: ShpFile['bbox'], sink: ShapeSink): ShpFile {
  const coordinates = sink.coordinates.subarray(0, sink.used);
  const { kinds, firstParts } = sink;
  const partEnds = Uint32Array.from(sink.partEnds);
  const shapeCount = kinds.length;
  const firstKind = kinds.find((code) => code !== 0) ?? 0;
  const shapeAt = (j: number, points: Float64Array = coordinates): ShpShape | null => {
    const kind = KINDS[kinds[j] ?? 0];
    if (!kind) return null;
    const parts: Float64Array[] = [];
    for (let p = firstParts[j] as number; p < (firstParts[j + 1] as number); p++) {
      parts.push(points.subarray(p === 0 ? 0 : partEnds[p - 1], partEnds[p]));
    }
    return { kind, parts };
  };
  let shapes: (ShpShape | null)[] | undefined;
  return {
    shapeType, recordCount, firstRecord, shapeCount, kind: KINDS[firstKind] ?? 'null', bbox, coordinates, shapeAt,
    get shapes() {
      shapes ??= Array.from({ length: shapeCount }, (_, j) => shapeAt(j));
      return shapes;
    },
  };
}

/** Where the shapes are recorded: points copied into one buffer from `used` on, parts by their end. */
interface ShapeSink {
  readonly view: DataView;
  readonly coordinates: Float64Array;
  used: number;
  /** Per shape: index in KINDS. */
  readonly kinds: Uint8Array;
  /** Per shape: index of its first part in partEnds (one more entry closes the last shape). */
  readonly firstParts: Uint32Array;
  /** Per part: index in coordinates just past its last point; a part starts where the previous ends. */
  readonly partEnds: number[];
}

function readShape(sink: ShapeSink, j: number, start: number, contentBytes: number, recordNumber: number): void {
  const { view } = sink;
  sink.firstParts[j] = sink.partEnds.length;
  sink.firstParts[j + 1] = sink.partEnds.length;
  const type = view.getInt32(start, true);
  const kind = baseShapeKind(type);
  if (kind === undefined) {
    throw new ShapefileError('unsupported-shape-type', 'shp', `record ${recordNumber} has unsupported shape type ${type}`);
  }
  if (kind === 'null') return;
  sink.kinds[j] = KINDS.indexOf(kind);
  if (kind === 'point') {
    ensureFits(20, contentBytes, recordNumber);
    readPoints(sink, start + 4, 1);
  } else if (kind === 'multipoint') {
    const count = view.getInt32(start + 36, true);
    ensureFits(40 + Math.abs(count) * 16, contentBytes, recordNumber);
    if (count < 0) throw new ShapefileError('truncated', 'shp', `record ${recordNumber} declares ${count} points`);
    readPoints(sink, start + 40, count);
  } else {
    const numParts = view.getInt32(start + 36, true);
    const numPoints = view.getInt32(start + 40, true);
    ensureFits(44 + numParts * 4 + numPoints * 16, contentBytes, recordNumber);
    const pointsStart = start + 44 + numParts * 4;
    for (let p = 0; p < numParts; p++) {
      const firstPoint = view.getInt32(start + 44 + p * 4, true);
      const next = p + 1 < numParts ? view.getInt32(start + 44 + (p + 1) * 4, true) : numPoints;
      if (firstPoint < 0 || next > numPoints || next < firstPoint) {
        throw new ShapefileError('truncated', 'shp', `record ${recordNumber} has an invalid part index`);
      }
      readPoints(sink, pointsStart + firstPoint * 16, next - firstPoint);
    }
  }
  sink.firstParts[j + 1] = sink.partEnds.length;
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

/** Copies `count` little-endian (x, y) doubles as one more part. */
function readPoints(sink: ShapeSink, at: number, count: number): void {
  const { view, coordinates } = sink;
  const to = sink.used + count * 2;
  for (let i = sink.used, byte = at; i < to; i++, byte += 8) coordinates[i] = view.getFloat64(byte, true);
  sink.used = to;
  sink.partEnds.push(to);
}
