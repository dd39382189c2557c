import type { LngLatBoundsLike, Map as MapLibreMap, MapSourceDataEvent, VectorSourceSpecification } from 'maplibre-gl';
import { useEffect, useState } from 'react';
import type { BboxLonLat } from '../../../shared/model/geometry.ts';
import { PARCEL_POINT_LAYER, PARCEL_TILE_LAYER } from '../../../shared/tiles/parcel-tile-set.ts';
import { serveTiles } from '../basemap/tile-protocol.ts';
import { parcelLayersBeforeId, sourceIdOf } from './map-layer-order.ts';
import { layerStyles } from './map-style.ts';
import { markParcelsDrawn, markParcelsPending } from '../workspace/parcels-drawn.ts';
import { readParcelTile } from './parcel-tile-client.ts';

/** One stored layer as the map draws it: where its chunks are, its extent and how many features it holds. */
export interface MapLayer {
  readonly id: string;
  readonly databaseName: string;
  readonly bbox: BboxLonLat;
  readonly featureCount: number;
}

/**
 * Adds each layer to the map as a vector tile source served from the tile
 * worker (tiles cut from the stored chunks on request, kept once made), so
 * the page does no per-feature work to draw a project and only what is in
 * view is cut. Detail to zoom 16 (tile units of about 4 cm), overzoomed past it.
 * Features are keyed by `parcelId` (promoteId) for feature state. Sets
 * `data-parcels` on `element` once every source has loaded what is in view.
 * Returns a number that grows each time the sources are (re)added, for hooks
 * that must then restore feature state. `map` must have loaded.
 */
export function useParcelSources(map: MapLibreMap | undefined, layers: readonly MapLayer[], bbox: BboxLonLat | undefined, element: HTMLElement | null): number {
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    if (!map || !element) return;
    const served = layers.map((layer) => serveTiles((z, x, y) => readParcelTile(layer.databaseName, layer.id, z, x, y), false));
    const total = layers.reduce((sum, layer) => sum + layer.featureCount, 0);
    const pending = new Set(layers.map((layer) => sourceIdOf(layer.id)));
    const onSourceData = (event: MapSourceDataEvent) => {
      if (!pending.has(event.sourceId) || !map.isSourceLoaded(event.sourceId)) return;
      pending.delete(event.sourceId);
      if (pending.size > 0) return;
      element.dataset.parcels = String(total);
      markParcelsDrawn();
    };
    const apply = () => {
      delete element.dataset.parcels;
      markParcelsPending();
      const before = parcelLayersBeforeId(map);
      layers.forEach((layer, i) => {
        const sourceId = sourceIdOf(layer.id);
        const source: VectorSourceSpecification = {
          type: 'vector', tiles: [served[i]?.url as string], minzoom: 0, maxzoom: 16,
          bounds: [...layer.bbox], promoteId: { [PARCEL_TILE_LAYER]: 'parcelId', [PARCEL_POINT_LAYER]: 'parcelId' },
        };
        map.addSource(sourceId, source);
        for (const style of layerStyles(sourceId)) map.addLayer(style, before);
      });
      if (layers.length === 0) {
        element.dataset.parcels = '0';
        markParcelsDrawn();
      }
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
      served.forEach((s) => s.release());
    };
  }, [map, element, layers, bbox]);

  return generation;
}
