import { economicKey } from '../survey/card-fields.ts';
import type { IndicatorValue } from '../survey/indicators.ts';
import type { EffectiveThresholds } from './effective-thresholds.ts';
import { addYears, yearOf } from './iso-date.ts';
import { RULE_INPUT_KEYS, type ParcelSituation } from './parcel-facts.ts';
import type { ThresholdKey } from './rule-set-schema.ts';
import { ruleResult, type RuleId, type RuleResult, type RuleUnit } from './rule-result.ts';
import { isBelowThreshold } from './threshold-compare.ts';

/**
 * Whether 低效 criteria concern the parcel: supplied and in use (completed, with
 * operating figures such as tax or revenue, or started at least `inefficientAfterStartYears` ago).
 * Returns the note for a not-applicable result, or undefined when they apply.
 */
export function inefficientNotApplicable(situation: ParcelSituation, effective: EffectiveThresholds): string | undefined {
  if (!situation.supplied) return 'notSupplied';
  if (situation.dates.completed || situation.hasOperatingFigures) return undefined;
  const start = situation.dates.actualStart;
  if (start && addYears(start, effective.thresholds.inefficientAfterStartYears) <= situation.asOf) return undefined;
  return 'notInUse';
}

/** An indicator below its minimum fires; exactly at the minimum passes. */
function indicatorRule(
  ruleId: RuleId, indicator: IndicatorValue, thresholdKey: ThresholdKey, unit: RuleUnit, missing: string,
  effective: EffectiveThresholds, notApplicable: string | undefined, contracted?: number,
): RuleResult {
  const configured = effective.thresholds[thresholdKey] as number | null;
  const threshold = contracted ?? configured;
  const thresholdSource = contracted !== undefined ? 'contract' : effective.sources[thresholdKey];
  const year = indicator.year;
  if (threshold === null) return ruleResult(ruleId, unit, 'off', { thresholdSource });
  if (notApplicable) return ruleResult(ruleId, unit, 'notApplicable', { thresholdSource, note: notApplicable });
  const actual = indicator.value;
  if (actual === undefined) return ruleResult(ruleId, unit, 'insufficientData', { thresholdSource, threshold, missing: [missing], year });
  return ruleResult(ruleId, unit, isBelowThreshold(actual, threshold) ? 'fired' : 'passed', { thresholdSource, actual, threshold, comparison: '<', year });
}

/** 停产 / 半停产: the card's production status is one the rule set lists. */
function productionStoppedRule(situation: ParcelSituation, effective: EffectiveThresholds, notApplicable: string | undefined): RuleResult {
  const id = 'inefficient.productionStopped';
  const statuses: readonly string[] = effective.thresholds.inefficientProductionStatuses;
  const thresholdSource = effective.sources.inefficientProductionStatuses;
  if (statuses.length === 0) return ruleResult(id, 'none', 'off', { thresholdSource });
  if (notApplicable) return ruleResult(id, 'none', 'notApplicable', { thresholdSource, note: notApplicable });
  const status = situation.values[RULE_INPUT_KEYS.productionStatus];
  if (typeof status !== 'string' || status === '') return ruleResult(id, 'none', 'insufficientData', { thresholdSource, missing: [RULE_INPUT_KEYS.productionStatus] });
  return ruleResult(id, 'none', statuses.includes(status) ? 'fired' : 'passed', { thresholdSource, note: status });
}

/**
 * No tax in each of the `noTaxYears` complete years before the as-of date
 * (e.g. as of 2024-05-01 with 2: 2023 and 2022). Any year with tax passes; a
 * missing year's figure (and no taxed year) is insufficient data.
 * `actual` = years without tax, `threshold` = years required.
 */
function noTaxRule(situation: ParcelSituation, effective: EffectiveThresholds, notApplicable: string | undefined): RuleResult {
  const id = 'inefficient.noTax';
  const years = effective.thresholds.noTaxYears;
  const thresholdSource = effective.sources.noTaxYears;
  if (years === null) return ruleResult(id, 'year', 'off', { thresholdSource });
  if (notApplicable) return ruleResult(id, 'year', 'notApplicable', { thresholdSource, note: notApplicable });
  const last = yearOf(situation.asOf) - 1;
  const missing: string[] = [];
  for (let year = last; year > last - years; year--) {
    const tax = situation.taxByYear.get(year);
    if (tax !== undefined && tax > 0) return ruleResult(id, 'year', 'passed', { thresholdSource, threshold: years, year });
    if (tax === undefined) missing.push(economicKey(year, 'tax'));
  }
  if (missing.length > 0) return ruleResult(id, 'year', 'insufficientData', { thresholdSource, threshold: years, missing });
  return ruleResult(id, 'year', 'fired', { thresholdSource, actual: years, threshold: years, comparison: '>=', year: last });
}

/**
 * Every 低效 rule, in order: 容积率 (ratio), 建筑系数 (%), 投资强度, 亩均税收 and
 * 亩均营业收入 (万元/亩, the latest complete year), each firing below its minimum
 * (亩均税收 against the parcel's contracted value when recorded); 停产/半停产;
 * no tax for N complete years.
 */
export function inefficientRules(situation: ParcelSituation, effective: EffectiveThresholds): RuleResult[] {
  const notApplicable = inefficientNotApplicable(situation, effective);
  const { indicators } = situation;
  const contractedValue = situation.values[RULE_INPUT_KEYS.contractedTaxPerMu];
  const contracted = typeof contractedValue === 'number' && Number.isFinite(contractedValue) && contractedValue > 0 ? contractedValue : undefined;
  return [
    indicatorRule('inefficient.floorAreaRatio', indicators.floorAreaRatio, 'minFloorAreaRatio', 'ratio', 'floorAreaSquareMeters', effective, notApplicable),
    indicatorRule('inefficient.buildingCoverage', indicators.buildingCoverage, 'minBuildingCoveragePercent', 'percent', 'buildingFootprintSquareMeters', effective, notApplicable),
    indicatorRule('inefficient.investmentIntensity', indicators.investmentIntensity, 'minInvestmentIntensity', 'wanYuanPerMu', 'fixedInvestment', effective, notApplicable),
    indicatorRule('inefficient.taxPerMu', indicators.taxPerMu, 'minTaxPerMu', 'wanYuanPerMu', 'tax', effective, notApplicable, contracted),
    indicatorRule('inefficient.revenuePerMu', indicators.revenuePerMu, 'minRevenuePerMu', 'wanYuanPerMu', 'revenue', effective, notApplicable),
    productionStoppedRule(situation, effective, notApplicable),
    noTaxRule(situation, effective, notApplicable),
  ];
}
