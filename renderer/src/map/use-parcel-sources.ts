import type { GeoJSONSourceSpecification, LngLatBoundsLike, Map as MapLibreMap, MapSourceDataEvent } from 'maplibre-gl';
import { useEffect, useState } from 'react';
import type { BboxLonLat } from '../../../shared/model/geometry.ts';
import { parcelLayersBeforeId, sourceIdOf } from './map-layer-order.ts';
import { layerStyles } from './map-style.ts';

/** One stored layer as the map draws it: its GeoJSON Blob and how many features it holds. */
export interface MapLayer {
  readonly id: string;
  readonly geojson: Blob;
  readonly featureCount: number;
}

/**
 * Adds each layer's GeoJSON to the map as a blob: URL, so MapLibre's worker
 * fetches and parses it; the page does no per-feature work to draw a project.
 * Features are keyed by `parcelId` (promoteId) for feature state. Sets
 * `data-parcels` on `element` once every source has loaded. Returns a number
 * that grows each time the sources are (re)added, for hooks that must then
 * restore feature state. `map` must have loaded (MapView hands it over on 'load').
 */
export function useParcelSources(map: MapLibreMap | undefined, layers: readonly MapLayer[], bbox: BboxLonLat | undefined, element: HTMLElement | null): number {
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    if (!map || !element) return;
    const urls = layers.map((layer) => URL.createObjectURL(layer.geojson));
    const total = layers.reduce((sum, layer) => sum + layer.featureCount, 0);
    const pending = new Set(layers.map((layer) => sourceIdOf(layer.id)));
    const onSourceData = (event: MapSourceDataEvent) => {
      if (!pending.has(event.sourceId) || !map.isSourceLoaded(event.sourceId)) return;
      pending.delete(event.sourceId);
      if (pending.size === 0) element.dataset.parcels = String(total);
    };
    const apply = () => {
      delete element.dataset.parcels;
      const before = parcelLayersBeforeId(map);
      layers.forEach((layer, i) => {
        const sourceId = sourceIdOf(layer.id);
        // maxzoom 16 (0.6 m per pixel) is detail enough for parcels and spares the deepest tile levels.
        const source: GeoJSONSourceSpecification = { type: 'geojson', data: urls[i] as string, maxzoom: 16, promoteId: 'parcelId' };
        map.addSource(sourceId, source);
        for (const style of layerStyles(sourceId)) map.addLayer(style, before);
      });
      if (layers.length === 0) element.dataset.parcels = '0';
      if (bbox) map.fitBounds(bbox as LngLatBoundsLike, { padding: 40, animate: false });
      setGeneration((g) => g + 1);
    };
    map.on('sourcedata', onSourceData);
    apply();
    return () => {
      map.off('sourcedata', onSourceData);
      for (const layer of layers) {
        const sourceId = sourceIdOf(layer.id);
        for (const style of layerStyles(sourceId)) if (map.getLayer(style.id)) map.removeLayer(style.id);
        if (map.getSource(sourceId)) map.removeSource(sourceId);
      }
      urls.forEach((url) => URL.revokeObjectURL(url));
    };
  }, [map, element, layers, bbox]);

  return generation;
}
