import { parseTilePath, tileKey, tileRangeBounds } from '../../../shared/basemap/tile-coordinates.ts';
import { rasterLayerSet, vectorLayerSet } from './basemap-layers.ts';
import { BasemapError, type OpenedBasemap } from './opened-basemap.ts';
import { serveTiles } from './tile-protocol.ts';
import { plainVectorTile, sampleVectorLayers } from './vector-tile-bytes.ts';
import { flipTileRow } from '../../../shared/basemap/tile-coordinates.ts';

const RASTER_EXTENSIONS = new Set(['png', 'jpg', 'jpeg', 'webp']);
const VECTOR_EXTENSIONS = new Set(['pbf', 'mvt']);

const pathOf = (file: File) => file.webkitRelativePath || file.name;

/**
 * Serves a folder of z/x/y tile files the user picked (input webkitdirectory).
 * Rows are XYZ, or TMS when the folder holds gdal2tiles' tilemapresource.xml.
 * Bounds come from the tiles at the lowest zoom, so nothing outside is asked for.
 */
export async function openXyzFolderBasemap(files: readonly File[]): Promise<OpenedBasemap> {
  const tiles = new Map<string, File>();
  const extensions = new Map<string, number>();
  let minzoom = Infinity, maxzoom = -Infinity;
  for (const file of files) {
    const tile = parseTilePath(pathOf(file));
    if (!tile || !(RASTER_EXTENSIONS.has(tile.ext) || VECTOR_EXTENSIONS.has(tile.ext))) continue;
    tiles.set(tileKey(tile.z, tile.x, tile.y), file);
    extensions.set(tile.ext, (extensions.get(tile.ext) ?? 0) + 1);
    minzoom = Math.min(minzoom, tile.z);
    maxzoom = Math.max(maxzoom, tile.z);
  }
  if (tiles.size === 0) throw new BasemapError('noTiles');
  const ext = [...extensions].sort((a, b) => b[1] - a[1])[0]?.[0] as string;
  const raster = RASTER_EXTENSIONS.has(ext);
  const scheme = files.some((file) => /(^|[\\/])tilemapresource\.xml$/i.test(pathOf(file))) ? 'tms' : 'xyz';

  let xMin = Infinity, xMax = -Infinity, yMin = Infinity, yMax = -Infinity;
  for (const key of tiles.keys()) {
    const [z, x, y] = key.split('/').map(Number) as [number, number, number];
    if (z !== minzoom) continue;
    const row = scheme === 'tms' ? flipTileRow(z, y) : y;
    xMin = Math.min(xMin, x); xMax = Math.max(xMax, x); yMin = Math.min(yMin, row); yMax = Math.max(yMax, row);
  }
  const bounds = tileRangeBounds(minzoom, xMin, xMax, yMin, yMax);

  let vectorLayers: string[] = [];
  if (!raster) {
    const sample = tiles.values().next().value as File;
    vectorLayers = sampleVectorLayers(new Uint8Array(await sample.arrayBuffer()));
    if (vectorLayers.length === 0) throw new BasemapError('noVectorLayers');
  }
  const served = serveTiles(async (z, x, y) => {
    const file = tiles.get(tileKey(z, x, y));
    if (!file) return undefined;
    const bytes = new Uint8Array(await file.arrayBuffer());
    return raster ? bytes : plainVectorTile(bytes);
  }, raster);
  const options = { minzoom, maxzoom, bounds, scheme } as const;
  const name = pathOf(files[0] as File).split(/[\\/]/)[0] ?? '';
  return {
    layerSet: raster ? rasterLayerSet([{ tiles: [served.url] }], options) : vectorLayerSet([served.url], vectorLayers, options),
    summary: { name, tiles: raster ? 'raster' : 'vector', minzoom, maxzoom, vectorLayers },
    close: served.release,
  };
}
