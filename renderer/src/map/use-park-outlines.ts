import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useRef, useState } from 'react';
import type { ParcelRow } from '../../../shared/survey/parcel-rows.ts';
import type { ParkBoundaryOutlines } from './park-boundary-outlines.ts';
import { parkOutlines } from './park-outlines.ts';
import { parkChanged } from './row-changes.ts';

const SOURCE = 'parks:source';

/**
 * Draws each park's outline with its name, as a small GeoJSON source of its
 * own: the park-boundary layer's polygons where the project has them, else the
 * hull of the park's parcels' extents. Computed when the rows or boundaries
 * arrive and again only when an edit moves a parcel to another park.
 */
export function useParkOutlines(map: MapLibreMap | undefined, rows: readonly ParcelRow[] | undefined, boundaries?: ParkBoundaryOutlines): void {
  const drawnBoundariesRef = useRef<ParkBoundaryOutlines | undefined>(undefined);
  const drawnRef = useRef<readonly ParcelRow[] | undefined>(undefined);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    if (!map) return;
    const add = () => {
      map.addSource(SOURCE, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
      map.addLayer({
        id: 'parks:outline', type: 'line', source: SOURCE, filter: ['==', ['geometry-type'], 'Polygon'],
        paint: { 'line-color': '#1f4e3d', 'line-width': 2, 'line-dasharray': [4, 2], 'line-opacity': 0.85 },
      });
      map.addLayer({
        id: 'parks:label', type: 'symbol', source: SOURCE, maxzoom: 16, filter: ['==', ['geometry-type'], 'Point'],
        layout: { 'text-field': ['get', 'name'], 'text-size': 14, 'text-max-width': 12, 'text-anchor': 'bottom', 'text-offset': [0, -0.4] },
        paint: { 'text-color': '#1f4e3d', 'text-halo-color': '#ffffff', 'text-halo-width': 2 },
      });
      drawnRef.current = undefined;
      setReady(true);
    };
    add();
    return () => {
      for (const id of ['parks:label', 'parks:outline']) if (map.getLayer(id)) map.removeLayer(id);
      if (map.getSource(SOURCE)) map.removeSource(SOURCE);
      setReady(false);
    };
  }, [map]);

  useEffect(() => {
    const source = ready ? (map?.getSource(SOURCE) as GeoJSONSource | undefined) : undefined;
    if (!source) return;
    const drawn = drawnRef.current;
    const sameBoundaries = drawnBoundariesRef.current === boundaries;
    if (sameBoundaries && (drawn === rows || (drawn && rows && !parkChanged(drawn, rows)))) {
      drawnRef.current = rows;
      return;
    }
    const hulls = parkOutlines(rows ?? [], boundaries?.parks);
    const data = { type: 'FeatureCollection', features: [...(boundaries?.features ?? []), ...hulls.features] };
    source.setData(data as Parameters<GeoJSONSource['setData']>[0]);
    drawnRef.current = rows;
    drawnBoundariesRef.current = boundaries;
  }, [map, rows, ready, boundaries]);
}
