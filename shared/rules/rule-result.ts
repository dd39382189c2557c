import type { ParcelClass } from '../survey/card-enums.ts';

/** Every rule the classifier knows; the first part is the class it points to. */
export const RULE_IDS = [
  'approvedUnsupplied.noSupply',
  'reserve.landBank',
  'idle.notStarted',
  'idle.stalledDevelopedArea',
  'idle.stalledInvestment',
  'inefficient.floorAreaRatio',
  'inefficient.buildingCoverage',
  'inefficient.investmentIntensity',
  'inefficient.taxPerMu',
  'inefficient.revenuePerMu',
  'inefficient.productionStopped',
  'inefficient.noTax',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

/** The classes a rule can point to. */
export type RuleClass = Extract<ParcelClass, 'approvedUnsupplied' | 'reserve' | 'idle' | 'inefficient'>;

/**
 * fired: the parcel meets the criterion; passed: it does not; insufficientData:
 * an input is missing (never treated as a pass); notApplicable: the criterion
 * does not concern this parcel (e.g. idle rules on unsupplied land); off: the
 * rule set switches the rule off (threshold null).
 */
export type RuleOutcome = 'fired' | 'passed' | 'insufficientData' | 'notApplicable' | 'off';

/** ratio (容积率), share (0–1), percent, wanYuanPerMu (万元/亩), wanYuan (万元), day, year, none. */
export type RuleUnit = 'ratio' | 'share' | 'percent' | 'wanYuanPerMu' | 'wanYuan' | 'day' | 'year' | 'none';

/** A side condition a rule also checked, e.g. how long development has stopped. */
export interface RuleCondition {
  readonly name: 'stoppedDays';
  readonly actual: number;
  readonly threshold: number;
  readonly unit: RuleUnit;
}

/** One rule's outcome for one parcel: what it compared, against what, from which source. */
export interface RuleResult {
  readonly ruleId: RuleId;
  readonly ruleClass: RuleClass;
  readonly outcome: RuleOutcome;
  /** The parcel's value the rule compared (in `unit`); undefined when missing or not numeric. */
  readonly actual?: number;
  /** The threshold compared against (in `unit`). */
  readonly threshold?: number;
  readonly unit: RuleUnit;
  /** How `actual` is compared with `threshold` for the rule to fire. */
  readonly comparison?: '<' | '>=';
  /** 'project', an override id, or 'contract' (the parcel's contracted value). */
  readonly thresholdSource?: string;
  /** Card field keys whose values are missing (insufficientData). */
  readonly missing?: readonly string[];
  /** A short code saying why: 'notSupplied', 'started', 'completed', 'approvedNotExpropriated', … */
  readonly note?: string;
  /** For `inefficient.taxPerMu` / `revenuePerMu` / `noTax`: the year(s) the figures are from. */
  readonly year?: number;
  readonly condition?: RuleCondition;
}


const RULE_CLASS: Readonly<Record<RuleId, RuleClass>> = Object.fromEntries(RULE_IDS.map((id) => [id, id.slice(0, id.indexOf('.'))])) as Record<RuleId, RuleClass>;

/** The optional parts of a result. */
export type RuleDetails = Partial<Omit<RuleResult, 'ruleId' | 'ruleClass' | 'outcome' | 'unit'>>;

const NO_DETAILS: RuleDetails = {};

/**
 * A rule result with every property present (undefined when not set), so all
 * results share one shape: classifying 100 000 parcels makes over a million.
 */
export function ruleResult(ruleId: RuleId, unit: RuleUnit, outcome: RuleOutcome, details: RuleDetails = NO_DETAILS): RuleResult {
  return {
    ruleId, ruleClass: RULE_CLASS[ruleId], outcome, unit,
    actual: details.actual, threshold: details.threshold, comparison: details.comparison, thresholdSource: details.thresholdSource,
    missing: details.missing, note: details.note, year: details.year, condition: details.condition,
  };
}
