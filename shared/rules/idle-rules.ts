import type { EffectiveThresholds } from './effective-thresholds.ts';
import { addYears, daysBetween } from './iso-date.ts';
import { RULE_INPUT_KEYS, type ParcelSituation } from './parcel-facts.ts';
import type { RuleResult } from './rule-result.ts';
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
  const base = { ruleId: 'idle.notStarted', ruleClass: 'idle', unit: 'day', thresholdSource: effective.sources.idleNotStartedYears } as const;
  if (!situation.supplied) return { ...base, outcome: 'notApplicable', note: 'notSupplied' };
  if (situation.dates.actualStart) return { ...base, outcome: 'passed', note: 'started' };
  const agreed = situation.dates.agreedStart;
  if (!agreed) return { ...base, outcome: 'insufficientData', missing: ['agreedStartDate', 'actualStartDate'] };
  const actual = daysBetween(agreed, situation.asOf);
  const threshold = daysBetween(agreed, addYears(agreed, effective.thresholds.idleNotStartedYears));
  return { ...base, outcome: actual >= threshold ? 'fired' : 'passed', actual, threshold, comparison: '>=' };
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
  const base = {
    ruleId: kind === 'developedArea' ? 'idle.stalledDevelopedArea' : 'idle.stalledInvestment',
    ruleClass: 'idle', unit: 'share', thresholdSource: effective.sources[shareKey],
  } as const;
  if (!situation.supplied) return { ...base, outcome: 'notApplicable', note: 'notSupplied' };
  if (!situation.dates.actualStart) return { ...base, outcome: 'notApplicable', note: 'notStarted' };
  if (situation.dates.completed) return { ...base, outcome: 'notApplicable', note: 'completed' };
  if ((situation.indicators.revenuePerMu.value ?? 0) > 0) return { ...base, outcome: 'notApplicable', note: 'producing' };
  const stopped = situation.dates.constructionStopped;
  if (!stopped) return { ...base, outcome: 'insufficientData', missing: [RULE_INPUT_KEYS.constructionStoppedDate] };
  const condition = {
    name: 'stoppedDays', unit: 'day',
    actual: daysBetween(stopped, situation.asOf),
    threshold: daysBetween(stopped, addYears(stopped, effective.thresholds.idleStoppedYears)),
  } as const;
  if (condition.actual < condition.threshold) return { ...base, outcome: 'passed', note: 'stoppedShort', condition };
  const threshold = effective.thresholds[shareKey];
  const share = kind === 'developedArea' ? developedShare(situation) : investmentShare(situation);
  if ('missing' in share) return { ...base, outcome: 'insufficientData', missing: share.missing, threshold, condition };
  return { ...base, outcome: isBelowThreshold(share.value, threshold) ? 'fired' : 'passed', actual: share.value, threshold, comparison: '<', condition };
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
