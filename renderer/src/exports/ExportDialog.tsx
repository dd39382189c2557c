import { useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { localIsoDate } from '../../../shared/search/parcel-filter.ts';
import { usePrintCards } from '../print/use-print-cards.ts';
import { useSurvey } from '../survey/survey-context.ts';
import { useWorkspace } from '../workspace/workspace-store.ts';
import { CrsSelect } from './CrsSelect.tsx';
import {
  EXPORT_WHATS, PARK_ORDER, exportFileName, exportLayers, fileSpec, parkOptions, refusal, scopeParcelIds, shownParcels, sourceCrsCode,
  type ExportChoice, type ExportScope,
} from './export-plan.ts';
import { ExportProgress } from './ExportProgress.tsx';
import { useExportRun } from './use-export-run.ts';
import './exports.css';

/** The export dialog: what (ledger Excel, shapefile, GeoJSON, card PDF), which parcels, which system; runs in a worker with progress and Cancel. */
export function ExportDialog({ onClose }: { readonly onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const survey = useSurvey();
  const { selection } = useWorkspace(survey.workspace);
  const rows = survey.index.rows;
  const parks = useMemo(() => parkOptions(rows, PARK_ORDER), [rows]);
  const sourceCode = sourceCrsCode(survey.loaded.layers);
  const [choice, setChoice] = useState<ExportChoice>(() => ({
    what: 'ledgerXlsx', scope: selection.size > 0 ? 'selection' : 'all', park: parks[0] ?? '', crsCode: sourceCode,
  }));
  const { state, run, cancel } = useExportRun();
  const [print, printState] = usePrintCards();
  const ids = useMemo(() => scopeParcelIds(rows, choice, selection), [rows, choice, selection]);
  const refused = refusal(choice, ids, rows.length);
  const busy = state.status === 'running' || printState.busy;
  const language = i18n.language === 'en' ? 'en' : 'zh-CN';
  const count = new Intl.NumberFormat(i18n.language);
  const set = (patch: Partial<ExportChoice>) => setChoice((previous) => ({ ...previous, ...patch }));
  const scopes: ExportScope[] = choice.what === 'cardsPdf' ? ['selection', 'park'] : ['all', 'selection', 'park'];

  const start = () => {
    const today = localIsoDate();
    const name = exportFileName(survey.loaded.project.name, choice.what, { ...choice, count: ids?.length ?? rows.length }, today, language);
    if (choice.what === 'cardsPdf') {
      void print(ids ?? [], name);
      return;
    }
    void run({
      databaseName: survey.db.name, projectId: survey.loaded.project.id, layers: exportLayers(survey.loaded.layers),
      only: ids, shown: shownParcels(rows), language, spec: fileSpec(choice, name, today, PARK_ORDER),
    });
  };

  return createPortal(
    <div className="dialog-backdrop" role="dialog" aria-modal="true" aria-label={t('exportsTitle')} data-testid="export-dialog">
      <div className="dialog export-dialog">
        <h2>{t('exportsTitle')}</h2>
        <fieldset disabled={busy}>
          <legend>{t('exportsWhat')}</legend>
          {EXPORT_WHATS.map((what) => (
            <label key={what} className="export-choice">
              <input type="radio" name="export-what" data-testid={`export-what-${what}`} checked={choice.what === what}
                onChange={() => set({ what, scope: what === 'cardsPdf' && choice.scope === 'all' ? 'park' : choice.scope })} />
              {t(`exportsWhat_${what}`)}
            </label>
          ))}
        </fieldset>
        <fieldset disabled={busy}>
          <legend>{t('exportsScope')}</legend>
          {scopes.map((scope) => (
            <label key={scope} className="export-choice">
              <input type="radio" name="export-scope" data-testid={`export-scope-${scope}`} checked={choice.scope === scope} onChange={() => set({ scope })} />
              {t(`exportsScope_${scope}`, { count: count.format(scope === 'all' ? rows.length : selection.size) })}
            </label>
          ))}
          {choice.scope === 'park' && (
            <select data-testid="export-park" aria-label={t('exportsPark')} value={choice.park} onChange={(e) => set({ park: e.target.value })}>
              {parks.map((park) => <option key={park} value={park}>{park || t('exportsNoPark')}</option>)}
            </select>
          )}
          {choice.what === 'parcelsShapefile' && (
            <CrsSelect testId="export-crs" value={choice.crsCode} sourceCode={sourceCode} onChange={(crsCode) => set({ crsCode })} />
          )}
        </fieldset>
        <p className="export-hint">{choice.what === 'cardsPdf' ? t('exportsPdfHint') : t('exportsReadOnlyNote')}</p>
        {refused && <p className="export-error" role="alert" data-testid="export-refused">{t(refused === 'noSelection' ? 'exportsNoSelection' : 'exportsEmpty')}</p>}
        <ExportProgress state={state} onCancel={cancel} />
        {printState.busy && <p className="export-result">{t('exportsPdfRunning')}</p>}
        {printState.error && <p className="export-error" role="alert">{t('exportsFailed', { message: printState.error })}</p>}
        <footer>
          <button type="button" className="export-primary" data-testid="export-start" disabled={busy || refused !== undefined} onClick={start}>{t('exportsStart')}</button>
          <button type="button" data-testid="export-close" onClick={() => { cancel(); onClose(); }}>{t('exportsClose')}</button>
        </footer>
      </div>
    </div>,
    document.body,
  );
}
