import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useRef } from 'react';
import type { ParcelRow } from '../../../shared/survey/parcel-rows.ts';
import type { Survey } from '../survey/survey-context.ts';
import { parcelFeatures, sourceIdOf, type ParcelFeatureTarget } from './map-layer-order.ts';
import { rowsWithChangedClass } from './row-changes.ts';
import { useOptionalWorkspace } from './use-optional-workspace.ts';

/** The features to set state on for a parcel; none when the map has no source for it. */
function featuresOf(map: MapLibreMap, survey: Survey, parcelId: string): ParcelFeatureTarget[] {
  const layerId = survey.index.locationById.get(parcelId)?.layerId;
  const source = layerId === undefined ? undefined : sourceIdOf(layerId);
  return source && map.getSource(source) ? parcelFeatures(source, parcelId) : [];
}

function applyClasses(map: MapLibreMap, rows: readonly ParcelRow[]): void {
  for (const row of rows) {
    const source = sourceIdOf(row.layerId);
    if (map.getSource(source)) for (const target of parcelFeatures(source, row.parcelId)) map.setFeatureState(target, { cls: row.parcelClass });
  }
}

/**
 * Keeps parcel colours in step with edits without touching the tiles: a
 * parcel's class reaches the map as feature state `cls` for parcels whose row
 * class is not 未调查. After the sources are (re)added, every classified or
 * edited parcel gets its state; afterwards only rows an edit replaced.
 */
export function useClassStates(map: MapLibreMap | undefined, survey: Survey | undefined, generation: number): void {
  const rows = survey?.index.rows;
  const rowsRef = useRef(rows);
  rowsRef.current = rows;
  const appliedRef = useRef<readonly ParcelRow[] | undefined>(undefined);
  const db = survey?.db;
  const projectId = survey?.loaded.project.id;

  useEffect(() => {
    appliedRef.current = undefined;
    if (!map || !db || !projectId || generation === 0) return;
    let cancelled = false;
    void db.parcelEdits.where('projectId').equals(projectId).primaryKeys().then((edited) => {
      const current = rowsRef.current;
      if (cancelled || !current) return;
      applyClasses(map, rowsWithChangedClass(undefined, current, 'unsurveyed', new Set(edited)));
      appliedRef.current = current;
    });
    return () => {
      cancelled = true;
    };
  }, [map, db, projectId, generation]);

  useEffect(() => {
    const previous = appliedRef.current;
    if (!map || !rows || !previous || previous === rows) return;
    applyClasses(map, rowsWithChangedClass(previous, rows));
    appliedRef.current = rows;
  }, [map, rows]);
}

/** Mirrors a set of parcel ids into a boolean feature state (only the differences are sent). */
function useSetState(map: MapLibreMap | undefined, survey: Survey | undefined, name: string, ids: ReadonlySet<string> | undefined, generation: number): void {
  const shownRef = useRef<{ generation: number; ids: ReadonlySet<string> }>({ generation: -1, ids: new Set() });
  useEffect(() => {
    if (!map || !survey || !ids) return;
    const shown = shownRef.current.generation === generation ? shownRef.current.ids : new Set<string>();
    for (const id of shown) {
      if (ids.has(id)) continue;
      for (const target of featuresOf(map, survey, id)) map.setFeatureState(target, { [name]: false });
    }
    for (const id of ids) {
      if (shown.has(id)) continue;
      for (const target of featuresOf(map, survey, id)) map.setFeatureState(target, { [name]: true });
    }
    shownRef.current = { generation, ids };
  }, [map, survey, name, ids, generation]);
}

/** Draws the workspace selection and search highlight through feature state. */
export function useSelectionStates(map: MapLibreMap | undefined, survey: Survey | undefined, generation: number): void {
  const state = useOptionalWorkspace(survey?.workspace);
  useSetState(map, survey, 'selected', state?.selection, generation);
  useSetState(map, survey, 'highlight', state?.highlight, generation);
}
