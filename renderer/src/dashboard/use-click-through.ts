import { useCallback } from 'react';
import { unionBbox } from '../../../shared/model/bbox.ts';
import type { ParcelRow } from '../../../shared/survey/parcel-rows.ts';
import type { Survey } from '../survey/survey-context.ts';
import { figureParcelIds, type DashboardFigure, type DashboardView } from './dashboard-model.ts';

/**
 * Selects and highlights the parcels behind a figure (the ledger follows the
 * workspace selection) and zooms the map to them. Returns how many were picked.
 */
export function useClickThrough(survey: Survey, view: DashboardView | undefined): (key: string, figure: DashboardFigure) => number {
  const { index, workspace } = survey;
  return useCallback((key, figure) => {
    if (!view) return 0;
    const ids = figureParcelIds(view, key, figure);
    workspace.select(ids);
    workspace.setHighlight(new Set(ids));
    const rows = ids.map((id) => index.rows[index.positionById.get(id) ?? -1]).filter((row): row is ParcelRow => row !== undefined);
    const bbox = unionBbox(rows.map((row) => row.bbox));
    if (bbox) workspace.zoomTo(bbox);
    return ids.length;
  }, [view, index, workspace]);
}
