import type { LngLatBoundsLike, Map as MapLibreMap } from 'maplibre-gl';
import { useCallback, useEffect } from 'react';
import type { BboxLonLat } from '../../../shared/model/geometry.ts';
import type { Survey } from '../survey/survey-context.ts';
import { unionBbox } from '../../../shared/model/bbox.ts';
import type { WorkspaceState } from '../workspace/workspace-store.ts';

const FIT = { padding: 60, maxZoom: 18, duration: 400 };

function fit(map: MapLibreMap, bbox: BboxLonLat): void {
  // A single point (or a degenerate extent) still gets a view at the deepest fit zoom.
  map.fitBounds(bbox as LngLatBoundsLike, FIT);
}

/**
 * Honours the workspace's zoom requests (from search, ledger, card) and returns
 * the "zoom to selection" action (undefined when nothing is selected).
 */
export function useZoomRequests(map: MapLibreMap | undefined, survey: Survey | undefined, state: WorkspaceState | undefined): (() => void) | undefined {
  const request = state?.zoomRequest;
  useEffect(() => {
    if (map && request) fit(map, request.bbox);
  }, [map, request]);

  const selection = state?.selection;
  const zoomToSelection = useCallback(() => {
    if (!map || !survey || !selection) return;
    const { rows, positionById } = survey.index;
    const bboxes = [...selection].flatMap((id) => {
      const position = positionById.get(id);
      return position === undefined ? [] : [(rows[position] as { bbox: BboxLonLat }).bbox];
    });
    const bbox = unionBbox(bboxes);
    if (bbox) fit(map, bbox);
  }, [map, survey, selection]);
  return map && selection?.size ? zoomToSelection : undefined;
}
