import type { EffectiveThresholds } from './effective-thresholds.ts';
import { addYears, daysBetween } from './iso-date.ts';
import { RULE_INPUT_KEYS, type ParcelSituation } from './parcel-facts.ts';
import { ruleResult, type RuleCondition, type RuleResult } from './rule-result.ts';
import { isBelowThreshold } from './threshold-compare.ts';

const positive = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : undefined);
const nonNegative = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined);

/**
 * 闲置 (国土资源部令第53号 Art. 2, first case): supplied, not started, and the
 * as-of date is at least `idleNotStartedYears` full years after the agreed start
 * (on the anniversary itself the year is full). `actual` = days since the agreed
 * start, `threshold` = days to the anniversary.
 */
export function idleNotStartedRule(situation: ParcelSituation, effective: EffectiveThresholds): RuleResult {
  const id = 'idle.notStarted';
  const thresholdSource = effective.sources.idleNotStartedYears;
  if (!situation.supplied) return ruleResult(id, 'day', 'notApplicable', { thresholdSource, note: 'notSupplied' });
  if (situation.dates.actualStart) return ruleResult(id, 'day', 'passed', { thresholdSource, note: 'started' });
  const agreed = situation.dates.agreedStart;
  if (!agreed) return ruleResult(id, 'day', 'insufficientData', { thresholdSource, missing: ['agreedStartDate', 'actualStartDate'] });
  const actual = daysBetween(agreed, situation.asOf);
  const threshold = daysBetween(agreed, addYears(agreed, effective.thresholds.idleNotStartedYears));
  return ruleResult(id, 'day', actual >= threshold ? 'fired' : 'passed', { thresholdSource, actual, threshold, comparison: '>=' });
}

type StalledKind = 'developedArea' | 'investment';

/**
 * 闲置 (53号令 Art. 2, second case), one rule per measure: started, not
 * completed and not producing, development stopped for at least
 * `idleStoppedYears`, and the developed area share (developed ÷ due area, the
 * site when no due area is recorded) or the investment share (fixed investment
 * made ÷ contracted total) below its threshold (shares 0–1).
 */
export function idleStalledRule(situation: ParcelSituation, effective: EffectiveThresholds, kind: StalledKind): RuleResult {
  const shareKey = kind === 'developedArea' ? 'idleDevelopedShareBelow' : 'idleInvestmentShareBelow';
  const id = kind === 'developedArea' ? 'idle.stalledDevelopedArea' : 'idle.stalledInvestment';
  const thresholdSource = effective.sources[shareKey];
  const notApplicable = (note: string) => ruleResult(id, 'share', 'notApplicable', { thresholdSource, note });
  if (!situation.supplied) return notApplicable('notSupplied');
  if (!situation.dates.actualStart) return notApplicable('notStarted');
  if (situation.dates.completed) return notApplicable('completed');
  if ((situation.indicators.revenuePerMu.value ?? 0) > 0) return notApplicable('producing');
  const stopped = situation.dates.constructionStopped;
  if (!stopped) return ruleResult(id, 'share', 'insufficientData', { thresholdSource, missing: [RULE_INPUT_KEYS.constructionStoppedDate] });
  const condition: RuleCondition = {
    name: 'stoppedDays', unit: 'day',
    actual: daysBetween(stopped, situation.asOf),
    threshold: daysBetween(stopped, addYears(stopped, effective.thresholds.idleStoppedYears)),
  };
  if (condition.actual < condition.threshold) return ruleResult(id, 'share', 'passed', { thresholdSource, note: 'stoppedShort', condition });
  const threshold = effective.thresholds[shareKey];
  const share = kind === 'developedArea' ? developedShare(situation) : investmentShare(situation);
  if ('missing' in share) return ruleResult(id, 'share', 'insufficientData', { thresholdSource, missing: share.missing, threshold, condition });
  const outcome = isBelowThreshold(share.value, threshold) ? 'fired' : 'passed';
  return ruleResult(id, 'share', outcome, { thresholdSource, actual: share.value, threshold, comparison: '<', condition });
}

type Share = { value: number } | { missing: string[] };

function developedShare(situation: ParcelSituation): Share {
  const developed = nonNegative(situation.values[RULE_INPUT_KEYS.developedAreaSquareMeters]);
  const due = positive(situation.values[RULE_INPUT_KEYS.dueAreaSquareMeters]) ?? positive(situation.siteAreaSquareMeters);
  if (developed === undefined || due === undefined) return { missing: [RULE_INPUT_KEYS.developedAreaSquareMeters] };
  return { value: developed / due };
}

function investmentShare(situation: ParcelSituation): Share {
  const total = positive(situation.values[RULE_INPUT_KEYS.contractedInvestment]);
  const made = situation.investmentMade;
  const missing = [...(made === undefined ? ['fixedInvestment'] : []), ...(total === undefined ? [RULE_INPUT_KEYS.contractedInvestment] : [])];
  return made === undefined || total === undefined ? { missing } : { value: made / total };
}
