import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ENTERPRISE_SCHEME_PRESETS } from '../../../shared/evaluation/enterprise-presets.ts';
import { unionBbox } from '../../../shared/model/bbox.ts';
import type { ParcelRow } from '../../../shared/survey/parcel-rows.ts';
import { useSurvey } from '../survey/survey-context.ts';
import { EnterpriseTable } from './EnterpriseTable.tsx';
import type { EnterpriseLine } from './enterprise-view.ts';
import { SchemeEditor } from './SchemeEditor.tsx';
import { useEnterpriseEvaluation } from './use-enterprise-evaluation.ts';
import { useEnterpriseExport } from './use-enterprise-export.ts';
import './enterprise.css';

/**
 * 亩均效益评价: a preset scheme with editable weights, benchmarks and class
 * cut-offs; the landholders scored for a year from their parcels' figures;
 * a click selects and zooms to an enterprise's parcels; Excel export.
 */
export function EnterprisePanel({ onClose }: { readonly onClose: () => void }) {
  const { t } = useTranslation();
  const survey = useSurvey();
  const state = useEnterpriseEvaluation(survey);
  const { exportTable, note } = useEnterpriseExport();
  const [picked, setPicked] = useState<{ id: string; count: number }>();
  const { scheme, view, year } = state;

  const pick = (line: EnterpriseLine) => {
    const ids = [...line.parcelIds];
    survey.workspace.select(ids);
    survey.workspace.setHighlight(new Set(ids));
    const rows = ids.map((id) => survey.index.rows[survey.index.positionById.get(id) ?? -1]).filter((row): row is ParcelRow => row !== undefined);
    const bbox = unionBbox(rows.map((row) => row.bbox));
    if (bbox) survey.workspace.zoomTo(bbox);
    setPicked({ id: line.result.id, count: ids.length });
  };
  const missing = scheme && view ? scheme.indicators.filter((i) => (view.missingByIndicator[i.key] ?? 0) > 0)
    .map((i) => t('enterpriseMissingItem', { label: i.label, count: view.missingByIndicator[i.key] ?? 0 })) : [];

  return (
    <section className="enterprise-panel" data-testid="enterprise-panel" aria-label={t('enterpriseTitle')} data-ready={view ? 'true' : 'false'}>
      <header className="enterprise-header">
        <h2>{t('enterpriseTitle')}</h2>
        <label>{t('enterprisePreset')}
          <select value="" data-testid="enterprise-preset" onChange={(e) => {
            const preset = ENTERPRISE_SCHEME_PRESETS.find((p) => p.id === e.target.value);
            if (preset) state.choosePreset(preset);
          }}>
            <option value="">{scheme?.name ?? t('enterprisePresetKeep')}</option>
            {ENTERPRISE_SCHEME_PRESETS.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
          </select>
        </label>
        <label>{t('enterpriseYear')}
          <select value={year ?? ''} data-testid="enterprise-year" disabled={state.years.length === 0} onChange={(e) => state.setYear(Number(e.target.value))}>
            {state.years.map((y) => <option key={y} value={y}>{y}</option>)}
          </select>
        </label>
        <button type="button" data-testid="enterprise-export" disabled={!view || !scheme || year === undefined}
          onClick={() => scheme && view && year !== undefined && void exportTable(scheme, year, view)}>{t('enterpriseExport')}</button>
        <button type="button" className="enterprise-close" aria-label={t('enterpriseClose')} title={t('enterpriseClose')} data-testid="enterprise-close" onClick={onClose}>×</button>
      </header>
      <p className="enterprise-meta" data-testid="enterprise-meta">
        {scheme && view && year !== undefined ? t('enterpriseMeta', { name: scheme.name, year, scored: view.scored, total: view.lines.length })
          : state.years.length === 0 && view === undefined && scheme ? t('enterpriseNoYears') : t('enterpriseLoading')}
        {picked && <span data-testid="enterprise-picked"> · {t('enterpriseSelected', { count: picked.count })}</span>}
        {note && <span role="status" data-testid="enterprise-export-note"> · {note}</span>}
      </p>
      {missing.length > 0 && <p className="enterprise-hint" data-testid="enterprise-missing">{t('enterpriseMissingNote', { list: missing.join('，') })}</p>}
      {state.draft && <SchemeEditor draft={state.draft} problems={state.problems} onChange={state.edit} />}
      <p className="enterprise-hint">{t('enterpriseClickHint')}</p>
      {scheme && view && <EnterpriseTable scheme={scheme} view={view} picked={picked?.id} onPick={pick} />}
    </section>
  );
}
