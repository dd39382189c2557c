import type { Map as MapLibreMap } from 'maplibre-gl';
import { PARCEL_TILE_LAYER } from '../../../shared/tiles/parcel-tile-set.ts';

/** Overlay layers (park outlines, measuring) stay above parcels: parcel layers go before the first of them. */
const OVERLAY_PREFIXES = ['parks:', 'measure:'];

/** The layer id to insert parcel layers before (undefined: on top). */
export function parcelLayersBeforeId(map: MapLibreMap): string | undefined {
  return map.getStyle().layers.find((layer) => OVERLAY_PREFIXES.some((prefix) => layer.id.startsWith(prefix)))?.id;
}

/** The layer id to insert basemap layers before: the first layer above the background that is not the basemap. */
export function basemapBeforeId(map: MapLibreMap): string | undefined {
  return map.getStyle().layers.find((layer) => layer.type !== 'background' && !layer.id.startsWith('basemap'))?.id;
}

/** The source id of a stored layer's parcels. */
export const sourceIdOf = (layerId: string) => `layer:${layerId}`;

/** The map feature of a parcel, for feature state: its layer's source, the tiles' parcel layer, the parcel id. */
export const parcelFeature = (layerId: string, parcelId: string) =>
  ({ source: sourceIdOf(layerId), sourceLayer: PARCEL_TILE_LAYER, id: parcelId });
