/**
 * A minimal reader of TIFF image file directories (IFDs), the structure inside a
 * JPEG's Exif segment (TIFF 6.0 §2, Exif 2.32 §4.6). Reads only the directories it
 * is asked for (no chains followed), so malformed or looping offsets cannot hang it.
 */

/** A tag's value: ASCII as text; every numeric type as numbers (rationals divided, NaN when the denominator is 0). */
export type TiffValue = string | readonly number[];

/** Bytes per component of each TIFF field type (index = type number). */
const TYPE_SIZES = [0, 1, 1, 2, 4, 8, 1, 1, 2, 4, 8, 4, 8] as const;

/** A TIFF block (the bytes after "Exif\0\0") and the offset of its first IFD. */
export interface TiffBlock {
  readonly view: DataView;
  readonly littleEndian: boolean;
  readonly firstIfdOffset: number;
}

/** Reads the TIFF header; undefined when the bytes do not start with II*\0 or MM\0*. */
export function readTiffHeader(tiff: Uint8Array): TiffBlock | undefined {
  if (tiff.length < 8) return undefined;
  const view = new DataView(tiff.buffer, tiff.byteOffset, tiff.byteLength);
  const order = view.getUint16(0, false);
  if (order !== 0x4949 && order !== 0x4d4d) return undefined;
  const littleEndian = order === 0x4949;
  if (view.getUint16(2, littleEndian) !== 42) return undefined;
  return { view, littleEndian, firstIfdOffset: view.getUint32(4, littleEndian) };
}

function readComponent(view: DataView, at: number, type: number, le: boolean): number {
  switch (type) {
    case 1: case 7: return view.getUint8(at);
    case 6: return view.getInt8(at);
    case 3: return view.getUint16(at, le);
    case 8: return view.getInt16(at, le);
    case 4: return view.getUint32(at, le);
    case 9: return view.getInt32(at, le);
    case 5: {
      const denominator = view.getUint32(at + 4, le);
      return denominator === 0 ? NaN : view.getUint32(at, le) / denominator;
    }
    case 10: {
      const denominator = view.getInt32(at + 4, le);
      return denominator === 0 ? NaN : view.getInt32(at, le) / denominator;
    }
    case 11: return view.getFloat32(at, le);
    case 12: return view.getFloat64(at, le);
    default: return NaN;
  }
}

function readAscii(view: DataView, at: number, count: number): string {
  let text = '';
  for (let i = 0; i < count; i++) {
    const code = view.getUint8(at + i);
    if (code === 0) break;
    text += String.fromCharCode(code);
  }
  return text.trim();
}

/**
 * The entries of the IFD at `offset` (from the start of the TIFF block), by tag.
 * Entries whose value lies outside the block, or whose type is unknown, are left out;
 * an IFD that does not fit returns an empty map.
 */
export function readIfd(block: TiffBlock, offset: number): Map<number, TiffValue> {
  const { view, littleEndian: le } = block;
  const entries = new Map<number, TiffValue>();
  if (offset < 8 || offset + 2 > view.byteLength) return entries;
  const count = Math.min(view.getUint16(offset, le), Math.floor((view.byteLength - offset - 2) / 12));
  for (let i = 0; i < count; i++) {
    const entry = offset + 2 + i * 12;
    const tag = view.getUint16(entry, le);
    const type = view.getUint16(entry + 2, le);
    const components = view.getUint32(entry + 4, le);
    const size: number = (TYPE_SIZES as readonly number[])[type] ?? 0;
    if (size === 0) continue;
    const total = size * components;
    const at = total <= 4 ? entry + 8 : view.getUint32(entry + 8, le);
    if (at + total > view.byteLength) continue;
    if (type === 2) {
      entries.set(tag, readAscii(view, at, components));
      continue;
    }
    const values = new Array<number>(components);
    for (let k = 0; k < components; k++) values[k] = readComponent(view, at + k * size, type, le);
    entries.set(tag, values);
  }
  return entries;
}
