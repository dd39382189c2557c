import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { distinctValues, NO_FILTER, type ParcelFilter } from '../../../shared/search/parcel-filter.ts';
import { PARCEL_CLASSES, SURVEY_STATUSES, type ParcelClass, type SurveyStatus } from '../../../shared/survey/card-enums.ts';
import type { ParcelRow } from '../../../shared/survey/parcel-rows.ts';
import { useSurvey } from '../survey/survey-context.ts';
import { unionBbox } from '../../../shared/model/bbox.ts';
import { useWorkspace } from '../workspace/workspace-store.ts';
import { SearchResults } from './SearchResults.tsx';
import { useParcelSearch } from './use-parcel-search.ts';
import './search.css';

const collator = new Intl.Collator('zh-CN');

/** Search and filter parcels; the results list and the map highlight stay in step. */
export function SearchPanel() {
  const { t } = useTranslation();
  const { index, workspace } = useSurvey();
  const { selection } = useWorkspace(workspace);
  const [filter, setFilter] = useState<ParcelFilter>(NO_FILTER);
  const rows = index.rows;
  const { active, matches } = useParcelSearch(rows, filter, workspace);
  const parks = useMemo(() => distinctValues(rows, (row) => row.park, collator.compare), [rows]);
  const change = (patch: Partial<ParcelFilter>) => setFilter((previous) => ({ ...previous, ...patch }));
  const matchingRows = () => matches.map((i) => rows[i] as ParcelRow);

  const open = (row: ParcelRow) => {
    workspace.openParcel(row.parcelId);
    workspace.zoomTo(row.bbox);
  };

  return (
    <section className="search-panel" data-testid="search">
      <h3>{t('searchTitle')}</h3>
      <input
        type="search" className="search-input" data-testid="search-input" value={filter.query}
        placeholder={t('searchPlaceholder')} title={t('searchHint')} aria-label={t('searchPlaceholder')}
        onChange={(e) => change({ query: e.target.value })}
      />
      <div className="search-filters">
        <select data-testid="search-park" aria-label={t('searchPark')} value={filter.park} onChange={(e) => change({ park: e.target.value })}>
          <option value="">{t('searchAnyPark')}</option>
          {parks.map((park) => <option key={park} value={park}>{park}</option>)}
        </select>
        <select data-testid="search-class" aria-label={t('searchClass')} value={filter.parcelClass}
          onChange={(e) => change({ parcelClass: e.target.value as ParcelClass | '' })}>
          <option value="">{t('searchAnyClass')}</option>
          {PARCEL_CLASSES.map((c) => <option key={c} value={c}>{t(`searchClass_${c}`)}</option>)}
        </select>
        <select data-testid="search-status" aria-label={t('searchStatus')} value={filter.surveyStatus}
          onChange={(e) => change({ surveyStatus: e.target.value as SurveyStatus | '' })}>
          <option value="">{t('searchAnyStatus')}</option>
          {SURVEY_STATUSES.map((s) => <option key={s} value={s}>{t(`searchStatus_${s}`)}</option>)}
        </select>
        <label className="search-overdue-filter">
          <input type="checkbox" data-testid="search-overdue" checked={filter.overdueOnly} onChange={(e) => change({ overdueOnly: e.target.checked })} />
          {t('searchOverdue')}
        </label>
      </div>
      {active && (
        <>
          <div className="search-summary">
            <span data-testid="search-count">{t('searchResultCount', { shown: matches.length, total: rows.length })}</span>
            <button type="button" className="search-link" data-testid="search-clear" onClick={() => setFilter(NO_FILTER)}>{t('searchClear')}</button>
          </div>
          <div className="search-actions">
            <button type="button" data-testid="search-select-all" disabled={matches.length === 0}
              onClick={() => workspace.select(matchingRows().map((row) => row.parcelId))}>{t('searchSelectAll')}</button>
            <button type="button" data-testid="search-zoom" disabled={matches.length === 0}
              onClick={() => {
                const bbox = unionBbox(matchingRows().map((row) => row.bbox));
                if (bbox) workspace.zoomTo(bbox);
              }}>{t('searchZoomToResults')}</button>
          </div>
          <SearchResults rows={rows} matches={matches} selection={selection} onOpen={open} />
        </>
      )}
    </section>
  );
}
