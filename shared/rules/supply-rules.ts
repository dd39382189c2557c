import type { EffectiveThresholds } from './effective-thresholds.ts';
import { daysBetween } from './iso-date.ts';
import { RULE_INPUT_KEYS } from './parcel-facts.ts';
import type { ParcelSituation } from './parcel-facts.ts';
import type { RuleResult } from './rule-result.ts';

/**
 * 批而未供: approved as new construction land (approval date or number on or
 * before the as-of date) and no supply record (supply date, contract number or
 * supply method) by then. The note tells 征而未供 (expropriation date recorded)
 * from 批而未征. `actual` is the days since approval when its date is known.
 * Neither an approval nor a supply record → insufficient data.
 */
export function approvedUnsuppliedRule(situation: ParcelSituation): RuleResult {
  const base = { ruleId: 'approvedUnsupplied.noSupply', ruleClass: 'approvedUnsupplied', unit: 'day' } as const;
  if (situation.supplied) return { ...base, outcome: 'passed', note: 'supplied' };
  if (!situation.approved) return { ...base, outcome: 'insufficientData', missing: ['approvalDate', 'supplyDate'] };
  const approval = situation.dates.approval;
  return {
    ...base,
    outcome: 'fired',
    actual: approval ? daysBetween(approval, situation.asOf) : undefined,
    note: situation.dates.expropriation ? 'expropriatedNotSupplied' : 'approvedNotExpropriated',
  };
}

/**
 * 政府储备土地: the card's reserve flag, or a landholder whose name contains one
 * of the rule set's patterns (e.g. 土地储备中心). Never insufficient: a parcel
 * without either is simply not reserve land.
 */
export function reserveRule(situation: ParcelSituation, effective: EffectiveThresholds): RuleResult {
  const base = { ruleId: 'reserve.landBank', ruleClass: 'reserve', unit: 'none', thresholdSource: effective.sources.reserveLandholderPatterns } as const;
  if (situation.values[RULE_INPUT_KEYS.landReserve] === true) return { ...base, outcome: 'fired', note: 'reserveFlag' };
  const landholder = typeof situation.values.landholder === 'string' ? situation.values.landholder : '';
  const pattern = effective.thresholds.reserveLandholderPatterns.find((p) => landholder.includes(p));
  return pattern ? { ...base, outcome: 'fired', note: 'landholderPattern' } : { ...base, outcome: 'passed' };
}
