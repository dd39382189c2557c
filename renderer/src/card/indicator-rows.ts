import { squareMetersToMu } from '../../../shared/geodesy/area-units.ts';
import type { FieldValues } from '../../../shared/survey/field-value.ts';
import { computeIndicators, type IndicatorValue, type ParcelIndicators } from '../../../shared/survey/indicators.ts';
import { formatNumber, type Translate } from './card-text.ts';

/** One computed indicator as the card and the print show it. */
export interface IndicatorRow {
  readonly key: keyof ParcelIndicators;
  readonly label: string;
  /** The number with its unit, or undefined when inputs are missing. */
  readonly text: string | undefined;
}

const ORDER: readonly (keyof ParcelIndicators)[] = [
  'floorAreaRatio', 'buildingCoverage', 'buildingDensity', 'greenRatio', 'investmentIntensity', 'taxPerMu', 'revenuePerMu',
];

function valueText(t: Translate, indicator: IndicatorValue): string | undefined {
  if (indicator.value === undefined) return undefined;
  switch (indicator.unit) {
    case 'ratio': return formatNumber(indicator.value, 2);
    case 'percent': return `${formatNumber(indicator.value, 1)} ${t('cardUnit_percent')}`;
    case 'wanYuanPerMu': return `${formatNumber(indicator.value, 2)} ${t('cardUnit_wanYuanPerMu')}`;
  }
}

/** The card's indicators (shared/survey/indicators.ts) with labels, units and the year of yearly ones. */
export function indicatorRows(t: Translate, values: FieldValues, siteAreaSquareMeters: number): IndicatorRow[] {
  const indicators = computeIndicators(values, siteAreaSquareMeters);
  return ORDER.map((key) => {
    const indicator = indicators[key];
    const year = indicator.year === undefined ? '' : t('cardIndicatorYear', { year: indicator.year });
    return { key, label: `${t(`cardIndicator_${key}`)}${year}`, text: valueText(t, indicator) };
  });
}

/** A site area as "12,345.67 m²（18.52 亩）". */
export function siteAreaText(t: Translate, areaSquareMeters: number): string {
  return `${formatNumber(areaSquareMeters, 2)} ${t('cardUnit_m2')}（${formatNumber(squareMetersToMu(areaSquareMeters), 2)} ${t('cardUnit_mu')}）`;
}
