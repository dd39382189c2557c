/**
 * Tile addressing of local tile stores: XYZ rows count from the north (as
 * MapLibre asks), TMS rows (MBTiles) from the south.
 */

/** The TMS row of XYZ row `y` at zoom `z`, and back again (the flip is its own inverse). */
export function flipTileRow(z: number, y: number): number {
  return 2 ** z - 1 - y;
}

/** A tile address parsed from a path. */
export interface TilePath {
  readonly z: number;
  readonly x: number;
  readonly y: number;
  /** File extension, lower case, without the dot: png, jpg, webp, pbf, mvt… */
  readonly ext: string;
}

/**
 * Reads z/x/y from the last three parts of a tile path such as
 * `tiles/14/13520/6622.png` (folder names before them are ignored); undefined
 * when the path is not a tile or the numbers are out of range for the zoom.
 */
export function parseTilePath(path: string): TilePath | undefined {
  const parts = path.split(/[\\/]/);
  const match = /^(\d+)\.([a-z0-9]+)$/i.exec(parts.at(-1) ?? '');
  const zText = parts.at(-3), xText = parts.at(-2);
  if (!match || !zText || !xText || !/^\d+$/.test(zText) || !/^\d+$/.test(xText)) return undefined;
  const z = Number(zText), x = Number(xText), y = Number(match[1]);
  if (z > 30 || x >= 2 ** z || y >= 2 ** z) return undefined;
  return { z, x, y, ext: (match[2] as string).toLowerCase() };
}

/** The key a tile is looked up by: "z/x/y". */
export function tileKey(z: number, x: number, y: number): string {
  return `${z}/${x}/${y}`;
}

/** What a tile's bytes hold, told by their first bytes. */
export type TileContent = 'png' | 'jpeg' | 'webp' | 'gzip' | 'other';

/** Recognises PNG, JPEG, WebP and gzip (compressed vector tiles) by their signatures. */
export function tileContent(bytes: Uint8Array): TileContent {
  if (bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return 'png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return 'jpeg';
  if (bytes[0] === 0x52 && bytes[1] === 0x49 && bytes[2] === 0x46 && bytes[3] === 0x46 && bytes[8] === 0x57 && bytes[9] === 0x45) return 'webp';
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) return 'gzip';
  return 'other';
}

/**
 * [west, south, east, north] in degrees (Web Mercator tiling, WGS84/CGCS2000
 * lon/lat) covered by the XYZ tiles xMin…xMax, yMin…yMax at zoom z.
 */
export function tileRangeBounds(z: number, xMin: number, xMax: number, yMin: number, yMax: number): [number, number, number, number] {
  const n = 2 ** z;
  const lon = (x: number) => (x / n) * 360 - 180;
  const lat = (y: number) => (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / n))) * 180) / Math.PI;
  return [lon(xMin), lat(yMax + 1), lon(xMax + 1), lat(yMin)];
}
