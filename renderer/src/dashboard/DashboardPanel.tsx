import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SummaryLevel } from '../../../shared/land-stats/land-summary.ts';
import { useClassificationState } from '../classification/use-classification.ts';
import { useSurvey } from '../survey/survey-context.ts';
import { dashboardView } from './dashboard-model.ts';
import { GroupCard } from './GroupCard.tsx';
import { useClickThrough } from './use-click-through.ts';
import './dashboard.css';

const LEVELS: readonly SummaryLevel[] = ['park', 'county', 'city'];

/**
 * 统计看板: per park, county or the city, parcels and 亩 by class, 亩均税收
 * against the park's band, 消化处置率 against 60%, 挂牌督办 against 2 per park
 * and overdue deadlines, from the rows the map and ledger show.
 */
export function DashboardPanel({ onClose }: { readonly onClose: () => void }) {
  const { t } = useTranslation();
  const survey = useSurvey();
  const state = useClassificationState(survey.classification);
  const [level, setLevel] = useState<SummaryLevel>('park');
  const [picked, setPicked] = useState<number>();
  const rows = useDeferredValue(survey.index.rows);
  const ready = state?.status === 'ready' && state.settings !== undefined;
  const view = useMemo(() => {
    if (!state || !ready) return undefined;
    return dashboardView(rows, (id) => state.byId.get(id)?.taxWanYuan, { level, asOf: state.asOf, parks: state.settings?.parks.parks ?? [] });
  }, [rows, state, ready, level]);
  const clickThrough = useClickThrough(survey, view);

  return (
    <section className="dashboard-panel" data-testid="dashboard" aria-label={t('dashboardTitle')}
      data-ready={view ? 'true' : 'false'} data-as-of={state?.asOf} data-version={state?.ruleSetVersion}>
      <header className="dashboard-header">
        <h2>{t('dashboardTitle')}</h2>
        <div className="dashboard-levels" role="tablist">
          {LEVELS.map((l) => (
            <button key={l} type="button" role="tab" aria-selected={l === level} data-testid={`dashboard-level-${l}`} onClick={() => setLevel(l)}>
              {t(`dashboardLevel_${l}`)}
            </button>
          ))}
        </div>
        <button type="button" className="dashboard-close" aria-label={t('dashboardClose')} title={t('dashboardClose')} data-testid="dashboard-close" onClick={onClose}>×</button>
      </header>
      <p className="dashboard-meta">
        {state?.ruleSetVersion ? t('dashboardMeta', { asOf: state.asOf, version: state.ruleSetVersion }) : t('dashboardPending')}
        {picked !== undefined && <span data-testid="dashboard-picked"> · {t('dashboardSelected', { count: picked })}</span>}
      </p>
      <p className="dashboard-hint">{t('dashboardClickHint')}</p>
      <div className="dashboard-groups">
        {view?.groups.map((summary) => (
          <GroupCard key={summary.key} summary={summary} onPick={(key, figure) => setPicked(clickThrough(key, figure))} />
        ))}
      </div>
    </section>
  );
}
