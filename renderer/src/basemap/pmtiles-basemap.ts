import { FileSource, PMTiles, TileType } from 'pmtiles';
import { mvtLayerNames } from '../../../shared/basemap/mvt-layer-names.ts';
import { rasterLayerSet, vectorLayerSet } from './basemap-layers.ts';
import { BasemapError, vectorLayerIds, type OpenedBasemap } from './opened-basemap.ts';
import { serveTiles } from './tile-protocol.ts';

const RASTER_TYPES = new Set([TileType.Png, TileType.Jpeg, TileType.Webp, TileType.Avif]);

/** Names of the layers in the archive's centre tile, for archives without `vector_layers` metadata. */
async function sampleLayerNames(archive: PMTiles, zoom: number, lon: number, lat: number): Promise<string[]> {
  const n = 2 ** zoom;
  const x = Math.floor(((lon + 180) / 360) * n);
  const y = Math.floor(((1 - Math.asinh(Math.tan((lat * Math.PI) / 180)) / Math.PI) / 2) * n);
  const tile = await archive.getZxy(zoom, Math.min(n - 1, Math.max(0, x)), Math.min(n - 1, Math.max(0, y)));
  return tile ? mvtLayerNames(new Uint8Array(tile.data)) : [];
}

/**
 * Opens a PMTiles archive from a local file (read by ranges, never whole):
 * raster archives (PNG, JPEG, WebP, AVIF) draw as images, vector (MVT)
 * archives with the plain default style of basemap-layers.ts.
 */
export async function openPmtilesBasemap(file: File): Promise<OpenedBasemap> {
  const archive = new PMTiles(new FileSource(file));
  let header;
  try {
    header = await archive.getHeader();
  } catch (error) {
    throw new BasemapError('unreadable', String(error));
  }
  const raster = RASTER_TYPES.has(header.tileType);
  if (!raster && header.tileType !== TileType.Mvt) throw new BasemapError('unsupportedTiles', `tile type ${header.tileType}`);
  let vectorLayers: string[] = [];
  if (!raster) {
    vectorLayers = vectorLayerIds(await archive.getMetadata().catch(() => undefined));
    if (vectorLayers.length === 0) vectorLayers = await sampleLayerNames(archive, header.maxZoom, header.centerLon, header.centerLat);
    if (vectorLayers.length === 0) throw new BasemapError('noVectorLayers');
  }
  const served = serveTiles(async (z, x, y, signal) => (await archive.getZxy(z, x, y, signal))?.data, raster);
  const hasBounds = header.minLon < header.maxLon && header.minLat < header.maxLat;
  const options = {
    minzoom: header.minZoom, maxzoom: header.maxZoom,
    ...(hasBounds ? { bounds: [header.minLon, header.minLat, header.maxLon, header.maxLat] as [number, number, number, number] } : {}),
  };
  return {
    layerSet: raster ? rasterLayerSet([{ tiles: [served.url] }], options) : vectorLayerSet([served.url], vectorLayers, options),
    summary: { name: file.name, tiles: raster ? 'raster' : 'vector', minzoom: header.minZoom, maxzoom: header.maxZoom, vectorLayers },
    close: served.release,
  };
}
