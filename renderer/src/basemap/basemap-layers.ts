import type { LayerSpecification, Map as MapLibreMap, SourceSpecification } from 'maplibre-gl';
import { basemapBeforeId } from '../map/map-layer-order.ts';

/** A basemap as MapLibre draws it: its sources and style layers (ids start with "basemap"). */
export interface BasemapLayerSet {
  readonly sources: Readonly<Record<string, SourceSpecification>>;
  readonly layers: readonly LayerSpecification[];
}

export interface TileSetOptions {
  readonly minzoom?: number;
  readonly maxzoom?: number;
  readonly bounds?: [number, number, number, number];
  readonly attribution?: string;
  readonly scheme?: 'xyz' | 'tms';
}

/** Raster basemap: one raster source and layer per tile set, drawn in order (base, then labels). */
export function rasterLayerSet(tileSets: readonly { tiles: string[]; scheme?: 'xyz' | 'tms' }[], options: TileSetOptions = {}): BasemapLayerSet {
  const sources: Record<string, SourceSpecification> = {};
  const layers: LayerSpecification[] = [];
  tileSets.forEach((set, i) => {
    const id = `basemap-raster-${i}`;
    sources[id] = {
      type: 'raster', tiles: set.tiles, tileSize: 256, scheme: set.scheme ?? options.scheme ?? 'xyz',
      minzoom: options.minzoom ?? 0, maxzoom: options.maxzoom ?? 22,
      ...(options.bounds ? { bounds: options.bounds } : {}), ...(options.attribution ? { attribution: options.attribution } : {}),
    };
    layers.push({ id: `basemap:raster-${i}`, type: 'raster', source: id, paint: { 'raster-opacity': 1 } });
  });
  return { sources, layers };
}

/**
 * Vector basemap with a plain default style, as archives carry no style of
 * their own: every layer's polygons in light grey, lines in grey, points as dots.
 */
export function vectorLayerSet(tiles: string[], vectorLayers: readonly string[], options: TileSetOptions = {}): BasemapLayerSet {
  const source = 'basemap-vector';
  const layers: LayerSpecification[] = [];
  vectorLayers.forEach((name, i) => layers.push({
    id: `basemap:fill-${i}`, type: 'fill', source, 'source-layer': name, filter: ['==', ['geometry-type'], 'Polygon'],
    paint: { 'fill-color': '#d9dcd6', 'fill-opacity': 0.8, 'fill-outline-color': '#b9bcb6' },
  }));
  vectorLayers.forEach((name, i) => layers.push({
    id: `basemap:line-${i}`, type: 'line', source, 'source-layer': name, filter: ['==', ['geometry-type'], 'LineString'],
    paint: { 'line-color': '#9a9d98', 'line-width': ['interpolate', ['linear'], ['zoom'], 8, 0.4, 16, 1.6] },
  }));
  vectorLayers.forEach((name, i) => layers.push({
    id: `basemap:point-${i}`, type: 'circle', source, 'source-layer': name, filter: ['==', ['geometry-type'], 'Point'],
    paint: { 'circle-color': '#8a8d88', 'circle-radius': 1.8 },
  }));
  return {
    sources: {
      [source]: {
        type: 'vector', tiles, scheme: options.scheme ?? 'xyz', minzoom: options.minzoom ?? 0, maxzoom: options.maxzoom ?? 14,
        ...(options.bounds ? { bounds: options.bounds } : {}), ...(options.attribution ? { attribution: options.attribution } : {}),
      },
    },
    layers,
  };
}

/** Replaces the map's basemap (none when `set` is undefined); basemap layers go under everything but the background. */
export function showBasemap(map: MapLibreMap, set: BasemapLayerSet | undefined): void {
  const style = map.getStyle();
  for (const layer of style.layers) if (layer.id.startsWith('basemap:')) map.removeLayer(layer.id);
  for (const id of Object.keys(style.sources)) if (id.startsWith('basemap-')) map.removeSource(id);
  if (!set) return;
  for (const [id, source] of Object.entries(set.sources)) map.addSource(id, source);
  const before = basemapBeforeId(map);
  for (const layer of set.layers) map.addLayer(layer, before);
}
