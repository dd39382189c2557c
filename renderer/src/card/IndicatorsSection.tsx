import { useTranslation } from 'react-i18next';
import { useCard } from './card-context.ts';
import { indicatorRows } from './indicator-rows.ts';

/** Computed indicators (容积率, 建筑系数, …) with their units; "—" where inputs are missing. */
export function IndicatorsSection() {
  const { t } = useTranslation();
  const card = useCard();
  return (
    <dl className="card-indicators" data-testid="card-indicators">
      {indicatorRows(t, card.values, card.siteAreaSquareMeters).map((row) => (
        <div key={row.key} data-indicator={row.key}>
          <dt>{row.label}</dt>
          <dd title={row.text === undefined ? t('cardIndicatorMissing') : undefined}>{row.text ?? t('cardEmpty')}</dd>
        </div>
      ))}
    </dl>
  );
}
