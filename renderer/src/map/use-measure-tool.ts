import type { GeoJSONSource, Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { LonLat } from '../../../shared/model/geometry.ts';
import { measure, measureGeoJson, type MeasureMode, type MeasureResult } from './measurement.ts';

const SOURCE = 'measure:source';
const LAYERS = ['measure:fill', 'measure:line', 'measure:vertex'];
/** Clicks closer than this (px) to the last point are the double-click's own clicks, not new points. */
const SAME_POINT_PX = 5;

export interface MeasureTool {
  readonly mode: MeasureMode | undefined;
  readonly setMode: (mode: MeasureMode | undefined) => void;
  readonly pointCount: number;
  readonly finished: boolean;
  readonly result: MeasureResult | undefined;
}

function addMeasureLayers(map: MapLibreMap): void {
  map.addSource(SOURCE, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
  map.addLayer({ id: 'measure:fill', type: 'fill', source: SOURCE, filter: ['==', ['get', 'role'], 'area'], paint: { 'fill-color': '#0a84c6', 'fill-opacity': 0.18 } });
  map.addLayer({ id: 'measure:line', type: 'line', source: SOURCE, filter: ['==', ['get', 'role'], 'path'], paint: { 'line-color': '#0a5c8c', 'line-width': 2.5, 'line-dasharray': [2, 1] } });
  map.addLayer({
    id: 'measure:vertex', type: 'circle', source: SOURCE, filter: ['==', ['get', 'role'], 'vertex'],
    paint: { 'circle-radius': 4, 'circle-color': '#ffffff', 'circle-stroke-color': '#0a5c8c', 'circle-stroke-width': 2 },
  });
}

/**
 * Distance and area measuring on the map: click adds a point, double-click
 * ends, Esc or switching the tool off clears. Lengths are geodesic and areas
 * ellipsoidal on CGCS2000 (see measurement.ts).
 */
export function useMeasureTool(map: MapLibreMap | undefined): MeasureTool {
  const [mode, setModeState] = useState<MeasureMode>();
  const [points, setPoints] = useState<LonLat[]>([]);
  const [finished, setFinished] = useState(false);
  const [cursor, setCursor] = useState<LonLat>();

  const setMode = useCallback((next: MeasureMode | undefined) => {
    setModeState(next);
    setPoints([]);
    setFinished(false);
    setCursor(undefined);
  }, []);

  useEffect(() => {
    if (!map || !mode) return;
    addMeasureLayers(map);
    map.doubleClickZoom.disable();
    map.getCanvas().classList.add('measuring');
    let last: LonLat | undefined;
    let done = false;
    const lonLatOf = (event: MapMouseEvent): LonLat => [event.lngLat.lng, event.lngLat.lat];
    const onClick = (event: MapMouseEvent) => {
      const point = lonLatOf(event);
      if (!done && last) {
        const a = map.project(last), b = event.point;
        if (Math.hypot(a.x - b.x, a.y - b.y) < SAME_POINT_PX) return;
      }
      if (done) setPoints([point]);
      else setPoints((list) => [...list, point]);
      done = false;
      last = point;
      setFinished(false);
    };
    const onDoubleClick = (event: MapMouseEvent) => {
      event.preventDefault();
      done = true;
      setFinished(true);
      setCursor(undefined);
    };
    const onMove = (event: MapMouseEvent) => {
      if (!done) setCursor(lonLatOf(event));
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setMode(undefined);
    };
    map.on('click', onClick);
    map.on('dblclick', onDoubleClick);
    map.on('mousemove', onMove);
    window.addEventListener('keydown', onKey);
    return () => {
      map.off('click', onClick);
      map.off('dblclick', onDoubleClick);
      map.off('mousemove', onMove);
      window.removeEventListener('keydown', onKey);
      map.getCanvas().classList.remove('measuring');
      map.doubleClickZoom.enable();
      for (const id of LAYERS) if (map.getLayer(id)) map.removeLayer(id);
      if (map.getSource(SOURCE)) map.removeSource(SOURCE);
    };
  }, [map, mode, setMode]);

  const shown = useMemo(() => (finished || !cursor ? points : [...points, cursor]), [points, cursor, finished]);

  useEffect(() => {
    if (!map || !mode) return;
    (map.getSource(SOURCE) as GeoJSONSource | undefined)?.setData(measureGeoJson(mode, shown) as Parameters<GeoJSONSource['setData']>[0]);
  }, [map, mode, shown]);

  const result = useMemo(() => (mode && shown.length >= 2 ? measure(mode, shown) : undefined), [mode, shown]);
  return { mode, setMode, pointCount: points.length, finished, result };
}
