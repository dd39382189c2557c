import * as maplibregl from 'maplibre-gl';
import type { GeoJSONSource, LngLatBoundsLike } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { useEffect, useRef } from 'react';
import type { BboxLonLat, LonLat } from '../../../shared/model/geometry.ts';
import type { StoredFeature } from '../../../shared/model/project.ts';
import { offlineBaseStyle, PARCEL_LAYERS, PARCEL_SOURCE_ID } from './map-style.ts';
import { toParcelCollection } from './parcel-collection.ts';

// The worker is a bundled file served from our own origin: the CSP allows no blob: scripts.
maplibregl.setWorkerUrl(workerUrl);

interface MapViewProps {
  readonly features: readonly StoredFeature[];
  readonly bbox: BboxLonLat | undefined;
  readonly label: string;
  readonly onCursor: (lonLat: LonLat | null) => void;
}

/** The map filling the main area. Parcels are redrawn only when the feature list changes. */
export function MapView({ features, bbox, label, onCursor }: MapViewProps) {
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
      map.addSource(PARCEL_SOURCE_ID, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
      for (const layer of PARCEL_LAYERS) map.addLayer(layer);
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
    const apply = () => {
      const started = performance.now();
      const collection = toParcelCollection(features);
      performance.measure('parceldesk:build-geojson', { start: started, end: performance.now() });
      (map.getSource(PARCEL_SOURCE_ID) as GeoJSONSource | undefined)?.setData(collection);
      if (bbox) map.fitBounds(bbox as LngLatBoundsLike, { padding: 40, animate: false });
      map.getContainer().dataset.parcels = String(features.length);
    };
    if (map.getSource(PARCEL_SOURCE_ID)) apply();
    else map.once('load', apply);
  }, [features, bbox]);

  return <div ref={container} className="map-view" role="region" aria-label={label} data-testid="map" />;
}
