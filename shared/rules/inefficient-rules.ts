import { economicKey } from '../survey/card-fields.ts';
import type { IndicatorValue } from '../survey/indicators.ts';
import type { EffectiveThresholds } from './effective-thresholds.ts';
import { addYears, yearOf } from './iso-date.ts';
import { RULE_INPUT_KEYS, type ParcelSituation } from './parcel-facts.ts';
import type { ThresholdKey } from './rule-set-schema.ts';
import { isBelowThreshold } from './threshold-compare.ts';
import type { RuleId, RuleResult, RuleUnit } from './rule-result.ts';

/**
 * Whether 低效 criteria concern the parcel: supplied and in use (completed, with
 * economic figures, or started at least `inefficientAfterStartYears` ago).
 * Returns the note for a not-applicable result, or undefined when they apply.
 */
export function inefficientNotApplicable(situation: ParcelSituation, effective: EffectiveThresholds): string | undefined {
  if (!situation.supplied) return 'notSupplied';
  if (situation.dates.completed || situation.hasEconomicFigures) return undefined;
  const start = situation.dates.actualStart;
  if (start && addYears(start, effective.thresholds.inefficientAfterStartYears) <= situation.asOf) return undefined;
  return 'notInUse';
}

interface IndicatorRuleSpec {
  readonly ruleId: RuleId;
  readonly indicator: IndicatorValue;
  readonly thresholdKey: ThresholdKey;
  readonly unit: RuleUnit;
  readonly missing: string;
  readonly contracted?: number;
}

/** An indicator below its minimum fires; exactly at the minimum passes. */
function indicatorRule(spec: IndicatorRuleSpec, effective: EffectiveThresholds, notApplicable: string | undefined): RuleResult {
  const configured = effective.thresholds[spec.thresholdKey] as number | null;
  const threshold = spec.contracted ?? configured;
  const base = {
    ruleId: spec.ruleId, ruleClass: 'inefficient', unit: spec.unit,
    thresholdSource: spec.contracted !== undefined ? 'contract' : effective.sources[spec.thresholdKey],
    ...(spec.indicator.year !== undefined ? { year: spec.indicator.year } : {}),
  } as const;
  if (threshold === null) return { ...base, outcome: 'off' };
  if (notApplicable) return { ...base, outcome: 'notApplicable', note: notApplicable };
  const actual = spec.indicator.value;
  if (actual === undefined) return { ...base, outcome: 'insufficientData', threshold, missing: [spec.missing] };
  return { ...base, outcome: isBelowThreshold(actual, threshold) ? 'fired' : 'passed', actual, threshold, comparison: '<' };
}

/**
 * The 低效 indicator rules: 容积率 (ratio), 建筑系数 (%), 投资强度, 亩均税收 and
 * 亩均营业收入 (万元/亩, the latest complete year), each firing below its
 * minimum. 亩均税收 compares with the parcel's contracted value when recorded.
 */
export function inefficientIndicatorRules(situation: ParcelSituation, effective: EffectiveThresholds): RuleResult[] {
  const notApplicable = inefficientNotApplicable(situation, effective);
  const { indicators } = situation;
  const contracted = situation.values[RULE_INPUT_KEYS.contractedTaxPerMu];
  const specs: IndicatorRuleSpec[] = [
    { ruleId: 'inefficient.floorAreaRatio', indicator: indicators.floorAreaRatio, thresholdKey: 'minFloorAreaRatio', unit: 'ratio', missing: 'floorAreaSquareMeters' },
    { ruleId: 'inefficient.buildingCoverage', indicator: indicators.buildingCoverage, thresholdKey: 'minBuildingCoveragePercent', unit: 'percent', missing: 'buildingFootprintSquareMeters' },
    { ruleId: 'inefficient.investmentIntensity', indicator: indicators.investmentIntensity, thresholdKey: 'minInvestmentIntensity', unit: 'wanYuanPerMu', missing: 'fixedInvestment' },
    {
      ruleId: 'inefficient.taxPerMu', indicator: indicators.taxPerMu, thresholdKey: 'minTaxPerMu', unit: 'wanYuanPerMu', missing: 'tax',
      contracted: typeof contracted === 'number' && Number.isFinite(contracted) && contracted > 0 ? contracted : undefined,
    },
    { ruleId: 'inefficient.revenuePerMu', indicator: indicators.revenuePerMu, thresholdKey: 'minRevenuePerMu', unit: 'wanYuanPerMu', missing: 'revenue' },
  ];
  return specs.map((spec) => indicatorRule(spec, effective, notApplicable));
}

/** 停产 / 半停产: the card's production status is one the rule set lists. */
export function productionStoppedRule(situation: ParcelSituation, effective: EffectiveThresholds): RuleResult {
  const statuses: readonly string[] = effective.thresholds.inefficientProductionStatuses;
  const base = { ruleId: 'inefficient.productionStopped', ruleClass: 'inefficient', unit: 'none', thresholdSource: effective.sources.inefficientProductionStatuses } as const;
  if (statuses.length === 0) return { ...base, outcome: 'off' };
  const notApplicable = inefficientNotApplicable(situation, effective);
  if (notApplicable) return { ...base, outcome: 'notApplicable', note: notApplicable };
  const status = situation.values[RULE_INPUT_KEYS.productionStatus];
  if (typeof status !== 'string' || status === '') return { ...base, outcome: 'insufficientData', missing: [RULE_INPUT_KEYS.productionStatus] };
  return { ...base, outcome: statuses.includes(status) ? 'fired' : 'passed', note: status };
}

/**
 * No tax in each of the `noTaxYears` complete years before the as-of date
 * (e.g. as of 2024-05-01 with 2: 2023 and 2022). Any year with tax passes; a
 * missing year's figure (and no taxed year) is insufficient data.
 * `actual` = years without tax, `threshold` = years required.
 */
export function noTaxRule(situation: ParcelSituation, effective: EffectiveThresholds): RuleResult {
  const years = effective.thresholds.noTaxYears;
  const base = { ruleId: 'inefficient.noTax', ruleClass: 'inefficient', unit: 'year', thresholdSource: effective.sources.noTaxYears } as const;
  if (years === null) return { ...base, outcome: 'off' };
  const notApplicable = inefficientNotApplicable(situation, effective);
  if (notApplicable) return { ...base, outcome: 'notApplicable', note: notApplicable };
  const last = yearOf(situation.asOf) - 1;
  const checked = Array.from({ length: years }, (_, i) => last - i);
  const taxed = checked.find((year) => (situation.taxByYear.get(year) ?? 0) > 0);
  if (taxed !== undefined) return { ...base, outcome: 'passed', year: taxed, threshold: years };
  const missing = checked.filter((year) => !situation.taxByYear.has(year));
  if (missing.length > 0) return { ...base, outcome: 'insufficientData', threshold: years, missing: missing.map((year) => economicKey(year, 'tax')) };
  return { ...base, outcome: 'fired', actual: years, threshold: years, comparison: '>=', year: last };
}
