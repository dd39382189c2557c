import type { EffectiveThresholds } from './effective-thresholds.ts';
import { daysBetween } from './iso-date.ts';
import { RULE_INPUT_KEYS } from './parcel-facts.ts';
import type { ParcelSituation } from './parcel-facts.ts';
import { ruleResult, type RuleResult } from './rule-result.ts';

const NO_RECORD = ['approvalDate', 'supplyDate'];

/**
 * 批而未供: approved as new construction land (approval date or number on or
 * before the as-of date) and no supply record (supply date, contract number or
 * supply method) by then. The note tells 征而未供 (expropriation date recorded)
 * from 批而未征. `actual` is the days since approval when its date is known.
 * Neither an approval nor a supply record → insufficient data.
 */
export function approvedUnsuppliedRule(situation: ParcelSituation): RuleResult {
  const id = 'approvedUnsupplied.noSupply';
  if (situation.supplied) return ruleResult(id, 'day', 'passed', { note: 'supplied' });
  if (!situation.approved) return ruleResult(id, 'day', 'insufficientData', { missing: NO_RECORD });
  const approval = situation.dates.approval;
  return ruleResult(id, 'day', 'fired', {
    actual: approval ? daysBetween(approval, situation.asOf) : undefined,
    note: situation.dates.expropriation ? 'expropriatedNotSupplied' : 'approvedNotExpropriated',
  });
}

/**
 * 政府储备土地: the card's reserve flag, or a landholder whose name contains one
 * of the rule set's patterns (e.g. 土地储备中心). Never insufficient: a parcel
 * without either is simply not reserve land.
 */
export function reserveRule(situation: ParcelSituation, effective: EffectiveThresholds): RuleResult {
  const id = 'reserve.landBank';
  const thresholdSource = effective.sources.reserveLandholderPatterns;
  if (situation.values[RULE_INPUT_KEYS.landReserve] === true) return ruleResult(id, 'none', 'fired', { thresholdSource, note: 'reserveFlag' });
  const landholder = typeof situation.values.landholder === 'string' ? situation.values.landholder : '';
  const pattern = landholder === '' ? undefined : effective.thresholds.reserveLandholderPatterns.find((p) => landholder.includes(p));
  return ruleResult(id, 'none', pattern ? 'fired' : 'passed', { thresholdSource, note: pattern ? 'landholderPattern' : undefined });
}
