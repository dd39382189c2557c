import { useTranslation } from 'react-i18next';
import type { LandSummary } from '../../../shared/land-stats/land-summary.ts';
import { ClassAreaBar } from './ClassAreaBar.tsx';
import type { DashboardFigure } from './dashboard-model.ts';
import { formatFigure, formatMu, formatPercent } from './dashboard-format.ts';
import { TargetGauge } from './TargetGauge.tsx';

interface Props {
  readonly summary: LandSummary;
  readonly onPick: (key: string, figure: DashboardFigure) => void;
}

/** One park's, county's or the city's figures: class areas, 亩均税收 against its band, disposal rate, listings, overdue. */
export function GroupCard({ summary, onPick }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const pick = (figure: DashboardFigure) => () => onPick(summary.key, figure);
  const { taxPerMu: tax, disposal, supervisedListings: listings } = summary;
  const taxScale = Math.max(tax.target?.max ?? 0, tax.value ?? 0, 1) * 1.2;
  const metText = (met: boolean | undefined) => (met === undefined ? '' : t(met ? 'dashboardMet' : 'dashboardNotMet'));
  return (
    <article className={`dashboard-group${summary.total.count === 0 ? ' empty' : ''}`} data-testid="dashboard-group" data-key={summary.key}>
      <header>
        <h3 className="dashboard-clickable" onClick={pick({ kind: 'group' })}>{summary.key || t('dashboardNoGroup')}</h3>
        <span data-testid="dashboard-total" data-count={summary.total.count} data-area-mu={summary.total.areaMu.toFixed(2)}>
          {t('dashboardTotal', { count: summary.total.count, area: formatMu(summary.total.areaMu, lang) })}
        </span>
      </header>
      {summary.total.count > 0 && (
        <>
          <ClassAreaBar byClass={summary.byClass} totalMu={summary.total.areaMu} onPick={(parcelClass) => onPick(summary.key, { kind: 'class', parcelClass })} />
          <dl className="dashboard-indicators">
            <dt>{t('dashboardTaxPerMu')}</dt>
            <dd data-testid="dashboard-tax" data-status={tax.status} data-value={tax.value === undefined ? '' : tax.value.toFixed(2)}>
              {tax.value !== undefined && <strong>{t('dashboardTaxValue', { value: formatFigure(tax.value, lang) })}</strong>}
              {tax.target && <span> {t('dashboardTaxTarget', { min: tax.target.min, max: tax.target.max })}</span>}
              <span className={`dashboard-status status-${tax.status}`}> {t(`dashboardTax_${tax.status}`)}</span>
              {tax.value !== undefined && <small> {t('dashboardTaxBasis', { count: tax.parcelsWithTax, area: formatMu(tax.taxedAreaMu, lang) })}</small>}
              <TargetGauge value={tax.value} max={taxScale} target={tax.target} met={tax.status === 'noTarget' || tax.status === 'noData' ? undefined : tax.status !== 'below'}
                label={t('dashboardTaxPerMu')} />
            </dd>
            <dt>{t('dashboardDisposal')}</dt>
            <dd data-testid="dashboard-disposal" data-rate={disposal.rate === undefined ? '' : disposal.rate.toFixed(4)} data-met={String(disposal.met)}
              className="dashboard-clickable" onClick={pick({ kind: 'disposalStock' })}>
              {disposal.rate === undefined ? t('dashboardDisposalNone') : t('dashboardDisposalValue', {
                rate: formatPercent(disposal.rate, lang), disposed: formatMu(disposal.disposed.areaMu, lang), stock: formatMu(disposal.stock.areaMu, lang),
              })}
              <span> {t('dashboardTargetPercent', { target: Math.round(disposal.target * 100) })} {metText(disposal.met)}</span>
              <TargetGauge value={disposal.rate} max={1} target={{ min: disposal.target }} met={disposal.met} label={t('dashboardDisposal')} />
            </dd>
            <dt>{t('dashboardListings')}</dt>
            <dd data-testid="dashboard-listings" data-count={listings.count} data-target={listings.target} className="dashboard-clickable" onClick={pick({ kind: 'supervisedListings' })}>
              {t('dashboardListingsValue', { count: listings.count, target: listings.target })} <span className={listings.met ? 'met' : 'not-met'}>{metText(listings.met)}</span>
            </dd>
            <dt>{t('dashboardOverdue')}</dt>
            <dd data-testid="dashboard-overdue" data-count={summary.overdueParcelIds.length}
              className={summary.overdueParcelIds.length > 0 ? 'dashboard-clickable overdue' : undefined} onClick={pick({ kind: 'overdue' })}>
              {t('dashboardCount', { count: summary.overdueParcelIds.length })}
            </dd>
          </dl>
        </>
      )}
    </article>
  );
}
