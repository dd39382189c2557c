import initSqlJs, { type SqlJsStatic } from 'sql.js';
import sqlWasmUrl from 'sql.js/dist/sql-wasm-browser.wasm?url';
import { tileContent } from '../../../shared/basemap/tile-coordinates.ts';
import { rasterLayerSet, vectorLayerSet } from './basemap-layers.ts';
import { openMbtiles } from './mbtiles-archive.ts';
import { BasemapError, vectorLayerIds, type OpenedBasemap } from './opened-basemap.ts';
import { serveTiles } from './tile-protocol.ts';
import { plainVectorTile, sampleVectorLayers } from './vector-tile-bytes.ts';

let sqlJs: Promise<SqlJsStatic> | undefined;

/** sql.js, with its WebAssembly served from the app (the CSP allows compiling it: 'wasm-unsafe-eval'). */
function loadSqlJs(): Promise<SqlJsStatic> {
  sqlJs ??= initSqlJs({ locateFile: () => sqlWasmUrl });
  return sqlJs;
}

const RASTER_FORMATS = new Set(['png', 'jpg', 'jpeg', 'webp']);

function parseBounds(text: string | undefined): [number, number, number, number] | undefined {
  const numbers = text?.split(',').map(Number);
  if (numbers?.length !== 4 || numbers.some((n) => !Number.isFinite(n))) return undefined;
  const [w, s, e, n] = numbers as [number, number, number, number];
  return w < e && s < n ? [w, s, e, n] : undefined;
}

/**
 * Opens an MBTiles file: SQLite read whole into memory with sql.js (so very
 * large files need the memory), tiles served by XYZ address with the TMS row
 * flip. Raster (png/jpg/webp) or vector (pbf, gzip undone) by the `format`
 * metadata, else by the first tile's bytes.
 */
export async function openMbtilesBasemap(file: File): Promise<OpenedBasemap> {
  const SQL = await loadSqlJs();
  let archive;
  try {
    archive = openMbtiles(SQL, new Uint8Array(await file.arrayBuffer()));
  } catch (error) {
    throw new BasemapError('unreadable', String(error));
  }
  const sample = archive.sampleTile();
  if (!sample || !archive.zoomRange) {
    archive.close();
    throw new BasemapError('noTiles');
  }
  const format = archive.metadata.format?.toLowerCase();
  const content = tileContent(sample);
  const raster = format ? RASTER_FORMATS.has(format) : content === 'png' || content === 'jpeg' || content === 'webp';
  let vectorLayers: string[] = [];
  if (!raster) {
    try {
      vectorLayers = vectorLayerIds(JSON.parse(archive.metadata.json ?? 'null'));
    } catch {
      vectorLayers = [];
    }
    if (vectorLayers.length === 0) vectorLayers = sampleVectorLayers(sample);
    if (vectorLayers.length === 0) {
      archive.close();
      throw new BasemapError('noVectorLayers');
    }
  }
  const opened = archive;
  const served = serveTiles(async (z, x, y) => {
    const data = opened.readTile(z, x, y);
    return data && !raster ? plainVectorTile(data) : data;
  }, raster);
  const minzoom = Number(archive.metadata.minzoom ?? archive.zoomRange.min);
  const maxzoom = Number(archive.metadata.maxzoom ?? archive.zoomRange.max);
  const bounds = parseBounds(archive.metadata.bounds);
  const options = { minzoom, maxzoom, ...(bounds ? { bounds } : {}), ...(archive.metadata.attribution ? { attribution: archive.metadata.attribution } : {}) };
  return {
    layerSet: raster ? rasterLayerSet([{ tiles: [served.url] }], options) : vectorLayerSet([served.url], vectorLayers, options),
    summary: { name: file.name, tiles: raster ? 'raster' : 'vector', minzoom, maxzoom, vectorLayers },
    close: () => {
      served.release();
      opened.close();
    },
  };
}
