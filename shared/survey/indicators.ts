import { squareMetersToMu } from '../geodesy/area-units.ts';
import { economicYears, parseEconomicKey } from './card-fields.ts';
import type { FieldValues } from './field-value.ts';


/** One computed indicator: its value (undefined when data is missing), unit, and the year it is for. */
export interface IndicatorValue {
  readonly value: number | undefined;
  readonly unit: 'ratio' | 'percent' | 'wanYuanPerMu';
  readonly year?: number;
}

export interface ParcelIndicators {
  /** 容积率: (floor area + floor area of storeys over 8 m, counted twice) ÷ site area. */
  readonly floorAreaRatio: IndicatorValue;
  /** 建筑系数: (building + structure + yard footprint) ÷ site area, %. */
  readonly buildingCoverage: IndicatorValue;
  /** 建筑密度: building footprint ÷ site area, %. */
  readonly buildingDensity: IndicatorValue;
  /** 绿地率: green area ÷ site area, %. */
  readonly greenRatio: IndicatorValue;
  /** 投资强度: cumulative fixed investment ÷ site area, 万元/亩. */
  readonly investmentIntensity: IndicatorValue;
  /** 亩均税收: the latest year's tax ÷ site area, 万元/亩. */
  readonly taxPerMu: IndicatorValue;
  /** 亩均营业收入: the latest year's revenue ÷ site area, 万元/亩. */
  readonly revenuePerMu: IndicatorValue;
}

function numberOf(values: FieldValues, key: string): number | undefined {
  const value = values[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** The newest year with a number for `metric`. */
function latest(values: FieldValues, metric: string): { value: number; year: number } | undefined {
  for (const year of economicYears(Object.keys(values))) {
    const value = numberOf(values, `economics.${year}.${metric}`);
    if (value !== undefined) return { value, year };
  }
  return undefined;
}

function cumulative(values: FieldValues, metric: string): number | undefined {
  let sum: number | undefined;
  for (const key of Object.keys(values)) {
    if (parseEconomicKey(key)?.metric !== metric) continue;
    const value = numberOf(values, key);
    if (value !== undefined) sum = (sum ?? 0) + value;
  }
  return sum;
}

const share = (part: number | undefined, whole: number) => (part === undefined || !(whole > 0) ? undefined : part / whole);

/**
 * The card's computed indicators from its values and the ellipsoidal site area
 * (m², CGCS2000). Missing inputs give `value: undefined`, never zero.
 */
export function computeIndicators(values: FieldValues, siteAreaSquareMeters: number): ParcelIndicators {
  const siteMu = squareMetersToMu(siteAreaSquareMeters);
  const floor = numberOf(values, 'floorAreaSquareMeters');
  const tall = numberOf(values, 'tallStoreyFloorAreaSquareMeters') ?? 0;
  const footprint = numberOf(values, 'buildingFootprintSquareMeters');
  const yard = numberOf(values, 'structureYardSquareMeters') ?? 0;
  const tax = latest(values, 'tax');
  const revenue = latest(values, 'revenue');
  const percent = (ratio: number | undefined) => (ratio === undefined ? undefined : ratio * 100);
  return {
    floorAreaRatio: { value: share(floor === undefined ? undefined : floor + tall, siteAreaSquareMeters), unit: 'ratio' },
    buildingCoverage: { value: percent(share(footprint === undefined ? undefined : footprint + yard, siteAreaSquareMeters)), unit: 'percent' },
    buildingDensity: { value: percent(share(footprint, siteAreaSquareMeters)), unit: 'percent' },
    greenRatio: { value: percent(share(numberOf(values, 'greenAreaSquareMeters'), siteAreaSquareMeters)), unit: 'percent' },
    investmentIntensity: { value: share(cumulative(values, 'fixedInvestment'), siteMu), unit: 'wanYuanPerMu' },
    taxPerMu: { value: share(tax?.value, siteMu), unit: 'wanYuanPerMu', year: tax?.year },
    revenuePerMu: { value: share(revenue?.value, siteMu), unit: 'wanYuanPerMu', year: revenue?.year },
  };
}
