import { useDeferredValue, useEffect, useMemo } from 'react';
import { filterParcels, isFilterActive, localIsoDate, type ParcelFilter } from '../../../shared/search/parcel-filter.ts';
import type { ParcelRow } from '../../../shared/survey/parcel-rows.ts';
import type { WorkspaceStore } from '../workspace/workspace-store.ts';
import { searchKeysOf, warmSearchKeys } from './search-keys-cache.ts';

const NOTHING: ReadonlySet<string> = new Set();

/**
 * Runs the search panel's filter over the rows (deferred, so typing stays
 * smooth) and keeps the map's highlight in step: the matching parcels while a
 * search or filter is active, nothing otherwise. `matches` are row positions.
 */
export function useParcelSearch(rows: readonly ParcelRow[], filter: ParcelFilter, workspace: WorkspaceStore): { active: boolean; matches: readonly number[] } {
  const deferred = useDeferredValue(filter);
  const active = isFilterActive(deferred);
  const matches = useMemo(
    () => (active ? filterParcels(rows, searchKeysOf(rows), deferred, localIsoDate(new Date())) : []),
    [rows, deferred, active],
  );

  useEffect(() => warmSearchKeys(rows), [rows]);

  useEffect(() => {
    workspace.setHighlight(active ? new Set(matches.map((i) => (rows[i] as ParcelRow).parcelId)) : NOTHING);
  }, [workspace, rows, matches, active]);

  useEffect(() => () => workspace.setHighlight(NOTHING), [workspace]);

  return { active, matches };
}
