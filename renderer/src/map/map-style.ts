import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';

/** Offline base style: no tiles, just a background; parcels go on top. */
export function offlineBaseStyle(): StyleSpecification {
  return {
    version: 8,
    sources: {},
    layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#eef1ec' } }],
  };
}

/** Style layers drawing one stored layer's source: parcel fill and outline, reference lines and points. */
export function layerStyles(sourceId: string): LayerSpecification[] {
  return [
    {
      id: `${sourceId}:fill`, type: 'fill', source: sourceId,
      filter: ['==', ['geometry-type'], 'Polygon'],
      paint: { 'fill-color': '#d9822b', 'fill-opacity': 0.55 },
    },
    {
      id: `${sourceId}:outline`, type: 'line', source: sourceId,
      filter: ['==', ['geometry-type'], 'Polygon'],
      paint: { 'line-color': '#7a3e0c', 'line-width': ['interpolate', ['linear'], ['zoom'], 10, 0.3, 16, 1.5] },
    },
    {
      id: `${sourceId}:line`, type: 'line', source: sourceId,
      filter: ['==', ['geometry-type'], 'LineString'],
      paint: { 'line-color': '#2b6cb0', 'line-width': 1.5 },
    },
    {
      id: `${sourceId}:point`, type: 'circle', source: sourceId,
      filter: ['==', ['geometry-type'], 'Point'],
      paint: { 'circle-color': '#2b6cb0', 'circle-radius': 4, 'circle-stroke-color': '#fff', 'circle-stroke-width': 1 },
    },
  ];
}
