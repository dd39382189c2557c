import type { Map as MapLibreMap } from 'maplibre-gl';
import { PARCEL_POINT_LAYER, PARCEL_TILE_LAYER } from '../../../shared/tiles/parcel-tile-set.ts';

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

/** A parcel as feature state addresses it: a source, a layer in its tiles, the parcel id. */
export interface ParcelFeatureTarget {
  readonly source: string;
  readonly sourceLayer: string;
  readonly id: string;
}

/**
 * The map features of a parcel, for feature state: its polygon (close in) and
 * its point (far out), both keyed by the parcel id in its layer's source.
 */
export function parcelFeatures(source: string, parcelId: string): ParcelFeatureTarget[] {
  return [PARCEL_TILE_LAYER, PARCEL_POINT_LAYER].map((sourceLayer) => ({ source, sourceLayer, id: parcelId }));
}
