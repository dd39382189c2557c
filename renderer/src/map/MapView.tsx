import * as maplibregl from 'maplibre-gl';
import type { LngLatBoundsLike } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { useEffect, useRef } from 'react';
import type { BboxLonLat, LonLat } from '../../../shared/model/geometry.ts';
import { layerStyles, offlineBaseStyle } from './map-style.ts';

// The worker is a bundled file served from our own origin: the CSP allows no blob: scripts.
maplibregl.setWorkerUrl(workerUrl);

/** One stored layer as the map draws it: its GeoJSON Blob and how many features it holds. */
export interface MapLayer {
  readonly id: string;
  readonly geojson: Blob;
  readonly featureCount: number;
}

interface MapViewProps {
  readonly layers: readonly MapLayer[];
  readonly bbox: BboxLonLat | undefined;
  readonly label: string;
  readonly onCursor: (lonLat: LonLat | null) => void;
}

const sourceIdOf = (layerId: string) => `layer:${layerId}`;

/**
 * The map filling the main area. Each layer's GeoJSON goes to MapLibre as a blob:
 * URL, so MapLibre's worker fetches and parses it; the page does no per-feature
 * work to draw a project. `data-parcels` is set once every source has loaded.
 */
export function MapView({ layers, bbox, label, onCursor }: MapViewProps) {
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<maplibregl.Map | null>(null);
  const cursorRef = useRef(onCursor);
  cursorRef.current = onCursor;

  useEffect(() => {
    const map = new maplibregl.Map({
      container: container.current as HTMLDivElement,
      style: offlineBaseStyle(),
      center: [113.85, 34.03],
      zoom: 9,
      attributionControl: false,
    });
    map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-left');
    map.on('mousemove', (event) => cursorRef.current([event.lngLat.lng, event.lngLat.lat]));
    map.on('mouseout', () => cursorRef.current(null));
    map.on('load', () => {
      map.getContainer().dataset.ready = 'true';
    });
    mapRef.current = map;
    return () => {
      map.remove();
      mapRef.current = null;
    };
  }, []);

  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    const urls = layers.map((layer) => URL.createObjectURL(layer.geojson));
    const element = map.getContainer();
    const total = layers.reduce((sum, layer) => sum + layer.featureCount, 0);
    const pending = new Set(layers.map((layer) => sourceIdOf(layer.id)));
    const onSourceData = (event: maplibregl.MapSourceDataEvent) => {
      if (!pending.has(event.sourceId) || !map.isSourceLoaded(event.sourceId)) return;
      pending.delete(event.sourceId);
      if (pending.size === 0) element.dataset.parcels = String(total);
    };
    const apply = () => {
      delete element.dataset.parcels;
      layers.forEach((layer, i) => {
        const sourceId = sourceIdOf(layer.id);
        // maxzoom 16 (0.6 m per pixel) is detail enough for parcels and spares the deepest tile levels.
        map.addSource(sourceId, { type: 'geojson', data: urls[i] as string, maxzoom: 16 });
        for (const style of layerStyles(sourceId)) map.addLayer(style);
      });
      if (layers.length === 0) element.dataset.parcels = '0';
      if (bbox) map.fitBounds(bbox as LngLatBoundsLike, { padding: 40, animate: false });
    };
    map.on('sourcedata', onSourceData);
    if (map.loaded() || map.isStyleLoaded()) apply();
    else map.once('load', apply);
    return () => {
      map.off('sourcedata', onSourceData);
      map.off('load', apply);
      for (const layer of layers) {
        const sourceId = sourceIdOf(layer.id);
        for (const style of layerStyles(sourceId)) if (map.getLayer(style.id)) map.removeLayer(style.id);
        if (map.getSource(sourceId)) map.removeSource(sourceId);
      }
      urls.forEach((url) => URL.revokeObjectURL(url));
    };
  }, [layers, bbox]);

  return <div ref={container} className="map-view" role="region" aria-label={label} data-testid="map" />;
}
