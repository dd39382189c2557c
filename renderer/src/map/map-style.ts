import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { LABEL_MIN_ZOOM, PARCEL_LABEL_LAYER, PARCEL_POINT_LAYER, PARCEL_TILE_LAYER, POLYGON_MIN_ZOOM } from '../../../shared/tiles/parcel-tile-set.ts';
import { HATCH_IMAGE, PARCEL_CLASS_COLOURS } from './parcel-class-colours.ts';

/** Offline base style: no tiles, just a background; parcels go on top. */
export function offlineBaseStyle(): StyleSpecification {
  return {
    version: 8,
    sources: {},
    layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#eef1ec' } }],
  };
}

/** A parcel's class as drawn: the feature state `cls` (set from its row), else 未调查. */
export const PARCEL_CLASS_EXPRESSION: ExpressionSpecification =
  ['coalesce', ['feature-state', 'cls'], 'unsurveyed'];

const state = (name: string): ExpressionSpecification => ['boolean', ['feature-state', name], false];

const classColour: ExpressionSpecification = [
  'match', PARCEL_CLASS_EXPRESSION,
  'approvedUnsupplied', PARCEL_CLASS_COLOURS.approvedUnsupplied,
  'idle', PARCEL_CLASS_COLOURS.idle,
  'inefficient', PARCEL_CLASS_COLOURS.inefficient,
  'reserve', PARCEL_CLASS_COLOURS.reserve,
  'efficient', PARCEL_CLASS_COLOURS.efficient,
  PARCEL_CLASS_COLOURS.unsurveyed,
];

const outlineWidth = (plain: number): ExpressionSpecification =>
  ['case', state('selected'), 3, state('highlight'), 2.5, state('hover'), 2, plain];

const hatchOpacity = (opacity: number): ExpressionSpecification =>
  ['case', ['==', PARCEL_CLASS_EXPRESSION, 'unsurveyed'], opacity, 0];

/**
 * Parcels are polygons with outlines from POLYGON_MIN_ZOOM on and points
 * further out (see parcel-tile-set.ts); the 未调查 hatch starts a step later,
 * where a parcel is big enough to show it.
 */
const HATCH_MIN_ZOOM = POLYGON_MIN_ZOOM + 1;

const isPolygon: ExpressionSpecification = ['==', ['geometry-type'], 'Polygon'];

/** The layers of a source that take clicks, hover and box selection: parcel fills, and parcel points far out. */
export const fillLayerId = (sourceId: string) => `${sourceId}:fill`;
export const dotLayerId = (sourceId: string) => `${sourceId}:dot`;

/**
 * Style layers drawing one stored layer's source: fill by class (hatched when
 * unsurveyed), outline reflecting hover / selection / search highlight (feature
 * state), labels (code, landholder) from zoom 16, reference lines and points.
 */
export function layerStyles(sourceId: string): LayerSpecification[] {
  return [
    {
      // Far out: a dot per parcel in its class colour, ringed when selected or highlighted.
      id: dotLayerId(sourceId), type: 'circle', maxzoom: POLYGON_MIN_ZOOM, source: sourceId, 'source-layer': PARCEL_POINT_LAYER,
      paint: {
        'circle-color': classColour,
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 6, 1, 9, 1.8, POLYGON_MIN_ZOOM, 3.5],
        'circle-stroke-color': ['case', state('selected'), '#111111', state('highlight'), '#0a84c6', '#ffffff'],
        'circle-stroke-width': ['case', state('selected'), 2, state('highlight'), 2, state('hover'), 1, 0],
      },
    },
    {
      id: fillLayerId(sourceId), type: 'fill', minzoom: POLYGON_MIN_ZOOM, source: sourceId, 'source-layer': PARCEL_TILE_LAYER, filter: isPolygon,
      paint: {
        'fill-color': classColour,
        'fill-opacity': ['case', state('hover'), 0.92, 0.75],
      },
    },
    {
      id: `${sourceId}:hatch`, type: 'fill', minzoom: HATCH_MIN_ZOOM, source: sourceId, 'source-layer': PARCEL_TILE_LAYER, filter: isPolygon,
      paint: { 'fill-pattern': HATCH_IMAGE, 'fill-opacity': ['interpolate', ['linear'], ['zoom'], HATCH_MIN_ZOOM, hatchOpacity(0.5), 15, hatchOpacity(0.85)] },
    },
    {
      id: `${sourceId}:halo`, type: 'line', minzoom: POLYGON_MIN_ZOOM, source: sourceId, 'source-layer': PARCEL_TILE_LAYER, filter: isPolygon,
      paint: {
        'line-color': '#ffffff', 'line-width': 6,
        'line-opacity': ['case', state('selected'), 0.95, state('highlight'), 0.8, 0],
      },
    },
    {
      id: `${sourceId}:outline`, type: 'line', minzoom: POLYGON_MIN_ZOOM, source: sourceId, 'source-layer': PARCEL_TILE_LAYER, filter: isPolygon,
      paint: {
        'line-color': ['case', state('selected'), '#111111', state('highlight'), '#0a84c6', state('hover'), '#222222', '#6b4a2c'],
        // Zoom must lead the expression: thin outlines far out, the same emphasis at every zoom.
        'line-width': ['interpolate', ['linear'], ['zoom'], 10, outlineWidth(0.3), 16, outlineWidth(1.2)],
      },
    },
    {
      id: `${sourceId}:label`, type: 'symbol', source: sourceId, 'source-layer': PARCEL_LABEL_LAYER, minzoom: LABEL_MIN_ZOOM,
      layout: {
        'text-field': ['format',
          ['coalesce', ['get', 'code'], ''], {},
          '\n', {},
          ['coalesce', ['get', 'holder'], ''], { 'font-scale': 0.9 }],
        'text-size': 11,
        'text-max-width': 14,
        'text-padding': 4,
      },
      paint: { 'text-color': '#1d1d1d', 'text-halo-color': '#ffffff', 'text-halo-width': 1.4 },
    },
    {
      id: `${sourceId}:line`, type: 'line', source: sourceId, 'source-layer': PARCEL_TILE_LAYER,
      filter: ['==', ['geometry-type'], 'LineString'],
      paint: { 'line-color': '#2b6cb0', 'line-width': 1.5 },
    },
    {
      id: `${sourceId}:point`, type: 'circle', source: sourceId, 'source-layer': PARCEL_TILE_LAYER,
      filter: ['==', ['geometry-type'], 'Point'],
      paint: { 'circle-color': '#2b6cb0', 'circle-radius': 4, 'circle-stroke-color': '#fff', 'circle-stroke-width': 1 },
    },
  ];
}
