import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { BboxLonLat, LonLat } from '../../../shared/model/geometry.ts';
import { BasemapChooser } from '../basemap/BasemapChooser.tsx';
import { useBasemap } from '../basemap/use-basemap.ts';
import type { ParcelDeskDatabase } from '../storage/database.ts';
import { useOptionalSurvey } from '../survey/survey-context.ts';
import { MapLegend } from './MapLegend.tsx';
import { offlineBaseStyle } from './map-style.ts';
import { MapToolbar } from './MapToolbar.tsx';
import { HATCH_IMAGE, hatchImage } from './parcel-class-colours.ts';
import { useClassStates, useSelectionStates } from './use-feature-states.ts';
import { useMeasureTool } from './use-measure-tool.ts';
import { useOptionalWorkspace } from './use-optional-workspace.ts';
import { useParcelInteractions } from './use-parcel-interactions.ts';
import { useParcelSources, type MapLayer } from './use-parcel-sources.ts';
import { useParkBoundaries } from './use-park-boundaries.ts';
import { useParkOutlines } from './use-park-outlines.ts';
import { exposeMapForTests } from './test-hooks.ts';
import { useZoomRequests } from './use-zoom-requests.ts';
import './map.css';

export type { MapLayer } from './use-parcel-sources.ts';

// The worker is a bundled file served from our own origin: the CSP allows no blob: scripts.
maplibregl.setWorkerUrl(workerUrl);

interface MapViewProps {
  readonly layers: readonly MapLayer[];
  readonly bbox: BboxLonLat | undefined;
  readonly label: string;
  readonly onCursor: (lonLat: LonLat | null) => void;
  /** For the remembered basemap; without it the open project's database is used. */
  readonly db?: ParcelDeskDatabase;
}

/**
 * The map filling the main area: parcels by class with legend and labels, park
 * outlines, selection (click, Ctrl/Shift-click, Shift+drag box), measuring and
 * the basemap. `data-ready` is set once the map has loaded, `data-parcels` once
 * every parcel source has.
 */
export function MapView({ layers, bbox, label, onCursor, db }: MapViewProps) {
  const survey = useOptionalSurvey();
  const container = useRef<HTMLDivElement>(null);
  const [root, setRoot] = useState<HTMLDivElement | null>(null);
  const [map, setMap] = useState<maplibregl.Map>();
  const cursorRef = useRef(onCursor);
  useEffect(() => {
    cursorRef.current = onCursor;
  }, [onCursor]);

  const generation = useParcelSources(map, layers, bbox, root);
  useClassStates(map, survey, generation);
  useSelectionStates(map, survey, generation);
  const measureTool = useMeasureTool(map);
  const layerIds = useMemo(() => layers.map((layer) => layer.id), [layers]);
  useParcelInteractions(map, survey?.workspace, layerIds, measureTool.mode !== undefined);
  useParkOutlines(map, survey?.index.rows, useParkBoundaries(survey));
  const workspace = useOptionalWorkspace(survey?.workspace);
  const zoomToSelection = useZoomRequests(map, survey, workspace);
  const basemap = useBasemap(map, db ?? survey?.db);

  // Created last so that, on unmount, the hooks above let go of the map before it is removed.
  useEffect(() => {
    const created = new maplibregl.Map({
      container: container.current as HTMLDivElement,
      style: offlineBaseStyle(),
      center: [113.85, 34.03],
      zoom: 9,
      attributionControl: false,
    });
    created.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    created.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-left');
    created.addControl(new maplibregl.AttributionControl({ compact: true }), 'bottom-right');
    created.on('mousemove', (event) => cursorRef.current([event.lngLat.lng, event.lngLat.lat]));
    created.on('mouseout', () => cursorRef.current(null));
    created.on('styleimagemissing', (event) => {
      if (event.id === HATCH_IMAGE && !created.hasImage(HATCH_IMAGE)) created.addImage(HATCH_IMAGE, hatchImage());
    });
    created.on('error', (event: maplibregl.ErrorEvent & { sourceId?: string }) => {
      // Online basemap tiles fail while the network is flaky; that is not worth a console error each.
      if (event.sourceId?.startsWith('basemap-')) return;
      console.error(event.error);
    });
    created.on('load', () => {
      if (!created.hasImage(HATCH_IMAGE)) created.addImage(HATCH_IMAGE, hatchImage());
      (created.getContainer().parentElement as HTMLElement).dataset.ready = 'true';
      setMap(created);
    });
    const hideFromTests = exposeMapForTests(created);
    return () => {
      hideFromTests();
      setMap(undefined);
      created.remove();
    };
  }, []);

  return (
    <div ref={setRoot} className="map-view" role="region" aria-label={label} data-testid="map">
      <div ref={container} className="map-canvas" />
      <MapToolbar measureTool={measureTool} selectionCount={workspace?.selection.size} onZoomSelection={zoomToSelection}>
        <BasemapChooser basemap={basemap} />
      </MapToolbar>
      {survey && <MapLegend rows={survey.index.rows} />}
    </div>
  );
}
