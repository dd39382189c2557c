import { useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { AVAILABLE_LAND_SOURCE_LABELS } from '../../../shared/export/available-land-columns.ts';
import { AVAILABLE_LAND_SOURCES, type AvailableLandItem } from '../../../shared/export/available-land-list.ts';
import { squareMetersToMu } from '../../../shared/geodesy/area-units.ts';
import { IdentityDialog } from '../survey/IdentityDialog.tsx';
import { useSurvey } from '../survey/survey-context.ts';
import { detailsFromValues } from './available-land-fields.ts';
import { availableLandScreenList, listTotals } from './available-land-view.ts';
import { AvailableLandEditor, type EditorTarget } from './AvailableLandEditor.tsx';
import { AvailableLandTable, LIST_ROWS_SHOWN } from './AvailableLandTable.tsx';
import { exportFileName, exportLayers, PARK_ORDER, parkOptions, shownParcels, sourceCrsCode } from './export-plan.ts';
import type { AvailableLandFormat } from './export-protocol.ts';
import { ExportProgress } from './ExportProgress.tsx';
import { useAvailableLand } from './use-available-land.ts';
import { useExportRun } from './use-export-run.ts';
import './available-land.css';

const ALL = '\u0000all';
const FORMATS: readonly AvailableLandFormat[] = ['xlsx', 'geojson', 'shapefile'];

/** The annual available-land list (年度可供土地清单): stock by class plus planned increments, details editable, exported in three formats. */
export function AvailableLandScreen({ onClose }: { readonly onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const survey = useSurvey();
  const data = useAvailableLand(survey);
  const rows = survey.index.rows;
  const [park, setPark] = useState(ALL);
  const [format, setFormat] = useState<AvailableLandFormat>('xlsx');
  const [target, setTarget] = useState<EditorTarget>();
  const [identityOpen, setIdentityOpen] = useState(false);
  const { state, run, cancel } = useExportRun();
  const parks = useMemo(() => parkOptions(rows, PARK_ORDER), [rows]);
  const chosenPark = park === ALL ? undefined : park;
  const list = useMemo(() => availableLandScreenList(rows, data.valuesById, data.increments, { year: data.year, park: chosenPark, parkOrder: PARK_ORDER }),
    [rows, data.valuesById, data.increments, data.year, chosenPark]);
  const totals = listTotals(list);
  const language = i18n.language === 'en' ? 'en' : 'zh-CN';
  const two = new Intl.NumberFormat(i18n.language, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const takenCodes = new Set(list.items.map((item) => item.parcelCode));

  const select = (item: AvailableLandItem) => setTarget(item.source === 'plannedIncrement'
    ? { kind: 'increment', increment: data.increments.find((inc) => inc.id === item.id) }
    : { kind: 'stock', parcelId: item.id, parcelCode: item.parcelCode, details: detailsFromValues(data.valuesById.get(item.id) ?? {}) });

  const exportList = () => {
    const name = exportFileName(survey.loaded.project.name, 'availableLand',
      { scope: chosenPark === undefined ? 'all' : 'park', park: chosenPark ?? '', count: list.items.length }, `${data.year}`, language);
    const stockIds = list.items.filter((item) => item.source !== 'plannedIncrement').map((item) => item.id);
    void run({
      databaseName: survey.db.name, projectId: survey.loaded.project.id, layers: exportLayers(survey.loaded.layers),
      only: stockIds, shown: shownParcels(rows), language,
      spec: { kind: 'availableLand', format, fileName: name, crsCode: sourceCrsCode(survey.loaded.layers), year: data.year,
        parkOrder: PARK_ORDER, increments: data.increments, park: chosenPark },
    });
  };

  const needsIdentity = target?.kind === 'stock' && !survey.session;
  return createPortal(
    <div className="dialog-backdrop" role="dialog" aria-modal="true" aria-label={t('landListTitle')} data-testid="land-list">
      <div className="dialog land-list-dialog">
        <header className="land-list-bar">
          <h2>{t('landListTitle')}</h2>
          <label>{t('landListYear')}{' '}
            <input type="number" className="land-list-year" data-testid="land-list-year" min={2000} max={2100} value={data.year}
              onChange={(e) => Number.isInteger(Number(e.target.value)) && data.setYear(Number(e.target.value))} />
          </label>
          <label>{t('landListPark')}{' '}
            <select data-testid="land-list-park" value={park} onChange={(e) => setPark(e.target.value)}>
              <option value={ALL}>{t('landListAllParks')}</option>
              {parks.map((p) => <option key={p} value={p}>{p || t('exportsNoPark')}</option>)}
            </select>
          </label>
          <button type="button" data-testid="land-list-add" onClick={() => setTarget({ kind: 'increment' })}>{t('landListAddIncrement')}</button>
          <select data-testid="land-list-format" aria-label={t('landListExport')} value={format} onChange={(e) => setFormat(e.target.value as AvailableLandFormat)}>
            {FORMATS.map((f) => <option key={f} value={f}>{t(`landListFormat_${f}`)}</option>)}
          </select>
          <button type="button" className="export-primary" data-testid="land-list-export" disabled={state.status === 'running' || list.items.length === 0}
            onClick={exportList}>{t('landListExport')}</button>
          <button type="button" data-testid="land-list-close" onClick={() => { cancel(); onClose(); }}>{t('landListClose')}</button>
        </header>
        <p className="land-list-summary" data-testid="land-list-summary">
          {t('landListSummary', { count: totals.count, mu: two.format(totals.areaMu), cost: two.format(totals.costWanYuan), missing: totals.missing })}
          {' · '}
          {AVAILABLE_LAND_SOURCES.filter((s) => list.bySource[s].count > 0).map((s) => t('landListBySource', {
            source: AVAILABLE_LAND_SOURCE_LABELS[s][language], count: list.bySource[s].count, mu: two.format(squareMetersToMu(list.bySource[s].areaSquareMeters)),
          })).join('；')}
        </p>
        <ExportProgress state={state} onCancel={cancel} />
        {data.loaded && list.items.length === 0 && <p className="export-hint" data-testid="land-list-empty">{t('landListEmpty')}</p>}
        {list.items.length > LIST_ROWS_SHOWN && <p className="export-hint">{t('landListShownFirst', { shown: LIST_ROWS_SHOWN, total: list.items.length })}</p>}
        <AvailableLandTable items={list.items} selectedId={target?.kind === 'stock' ? target.parcelId : target?.increment?.id} onSelect={select} />
        {needsIdentity && (
          <p className="land-list-identity" data-testid="land-list-identity-prompt">
            {t('landListNeedIdentity')} <button type="button" data-testid="land-list-set-identity" onClick={() => setIdentityOpen(true)}>{t('landListSetIdentity')}</button>
          </p>
        )}
        {target && !needsIdentity && (
          <AvailableLandEditor key={target.kind === 'stock' ? target.parcelId : target.increment?.id ?? 'new'} target={target} takenCodes={takenCodes}
            onSaveDetails={data.saveDetails} onSaveIncrement={data.saveIncrement} onDeleteIncrement={data.removeIncrement} onClose={() => setTarget(undefined)} />
        )}
        {identityOpen && <IdentityDialog identity={survey.identity} onSave={survey.setIdentity} onClose={() => setIdentityOpen(false)} />}
      </div>
    </div>,
    document.body,
  );
}
