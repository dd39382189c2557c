import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';

export const PARCEL_SOURCE_ID = 'parcels';

/** Offline base style: no tiles, just a background; parcels go on top. */
export function offlineBaseStyle(): StyleSpecification {
  return {
    version: 8,
    sources: {},
    layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#eef1ec' } }],
  };
}

/** Parcel fill and outline; the class colours of the legend arrive with the survey workflow. */
export const PARCEL_LAYERS: LayerSpecification[] = [
  {
    id: 'parcel-fill',
    type: 'fill',
    source: PARCEL_SOURCE_ID,
    filter: ['==', ['geometry-type'], 'Polygon'],
    paint: { 'fill-color': '#d9822b', 'fill-opacity': 0.55 },
  },
  {
    id: 'parcel-outline',
    type: 'line',
    source: PARCEL_SOURCE_ID,
    filter: ['==', ['geometry-type'], 'Polygon'],
    paint: { 'line-color': '#7a3e0c', 'line-width': ['interpolate', ['linear'], ['zoom'], 10, 0.3, 16, 1.5] },
  },
  {
    id: 'reference-line',
    type: 'line',
    source: PARCEL_SOURCE_ID,
    filter: ['==', ['geometry-type'], 'LineString'],
    paint: { 'line-color': '#2b6cb0', 'line-width': 1.5 },
  },
  {
    id: 'reference-point',
    type: 'circle',
    source: PARCEL_SOURCE_ID,
    filter: ['==', ['geometry-type'], 'Point'],
    paint: { 'circle-color': '#2b6cb0', 'circle-radius': 4, 'circle-stroke-color': '#fff', 'circle-stroke-width': 1 },
  },
];
