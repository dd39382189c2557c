import type { Map as MapLibreMap } from 'maplibre-gl';

declare global {
  interface Window {
    /** The map, for end-to-end tests only: set when the page was opened with `?test-hooks`. */
    parceldeskMap?: MapLibreMap;
  }
}

/**
 * Hands the map to end-to-end tests when the page address carries `?test-hooks`,
 * so they can ask MapLibre what it placed (labels) and what state a feature is
 * in (hover) instead of guessing from pixels of a software-rendered canvas.
 * A user's page never has the parameter; nothing is exposed then.
 */
export function exposeMapForTests(map: MapLibreMap): () => void {
  if (!new URLSearchParams(window.location.search).has('test-hooks')) return () => {};
  window.parceldeskMap = map;
  return () => {
    if (window.parceldeskMap === map) delete window.parceldeskMap;
  };
}
