import { PARCEL_CLASSES, type ParcelClass } from '../survey/card-enums.ts';
import { effectiveThresholds, type EffectiveThresholds } from './effective-thresholds.ts';
import { idleNotStartedRule, idleStalledRule } from './idle-rules.ts';
import { inefficientRules } from './inefficient-rules.ts';
import { parcelSituation, type ParcelFacts } from './parcel-facts.ts';
import type { RuleSet } from './rule-set-schema.ts';
import type { RuleClass, RuleResult } from './rule-result.ts';
import { approvedUnsuppliedRule, reserveRule } from './supply-rules.ts';

/** A class from the rules, or 'insufficientData' when no rule fired and some lacked data. */
export type EvaluatedClass = ParcelClass | 'insufficientData';

/** Which class wins when rules of several classes fire. */
export const CLASS_PRECEDENCE: readonly RuleClass[] = ['approvedUnsupplied', 'reserve', 'idle', 'inefficient'];

/** A parcel's class on a date under a rule set, with every rule's outcome. */
export interface ClassificationResult {
  readonly parcelId: string;
  /** The class shown: the manual override when it has a reason, else the evaluated class. */
  readonly parcelClass: EvaluatedClass;
  /** What the rules say, whatever the override. */
  readonly evaluatedClass: EvaluatedClass;
  /** Set when a manual override (with its reason) decides the class. */
  readonly override?: { readonly parcelClass: ParcelClass; readonly reason: string };
  /** An override without a reason does not count (认定 needs a reason). */
  readonly overrideIgnored?: 'reasonMissing' | 'unknownClass';
  /** Every rule, in a fixed order, with its outcome. */
  readonly rules: readonly RuleResult[];
  readonly ruleSetId: string;
  readonly ruleSetVersion: string;
  /** Override ids whose thresholds applied to this parcel. */
  readonly overridesApplied: readonly string[];
  readonly asOf: string;
}

/** The rules that fired, in order. */
export function firedRules(result: ClassificationResult): RuleResult[] {
  return result.rules.filter((rule) => rule.outcome === 'fired');
}

function evaluatedClass(rules: readonly RuleResult[]): EvaluatedClass {
  for (const ruleClass of CLASS_PRECEDENCE) {
    if (rules.some((rule) => rule.ruleClass === ruleClass && rule.outcome === 'fired')) return ruleClass;
  }
  return rules.some((rule) => rule.outcome === 'insufficientData') ? 'insufficientData' : 'efficient';
}

function manualOverride(parcelClass: unknown, reason: unknown): Pick<ClassificationResult, 'override' | 'overrideIgnored'> {
  if (typeof parcelClass !== 'string' || parcelClass === '') return {};
  if (!(PARCEL_CLASSES as readonly string[]).includes(parcelClass)) return { overrideIgnored: 'unknownClass' };
  const text = typeof reason === 'string' ? reason.trim() : '';
  return text === '' ? { overrideIgnored: 'reasonMissing' } : { override: { parcelClass: parcelClass as ParcelClass, reason: text } };
}

/**
 * Classifies one parcel on `asOf` ('YYYY-MM-DD'; dates after it and economic
 * figures of years not yet ended are ignored) with the thresholds for its park
 * and industry. Every rule is reported; missing data gives 'insufficientData',
 * never a pass. The card's manual override (classOverride + classOverrideReason)
 * wins and is reported as such.
 */
export function classifyParcel(facts: ParcelFacts, ruleSet: RuleSet, asOf: string): ClassificationResult {
  return classifyWith(facts, ruleSet, asOf, effectiveThresholds);
}

type ThresholdLookup = (ruleSet: RuleSet, park: string, industry: string) => EffectiveThresholds;

function classifyWith(facts: ParcelFacts, ruleSet: RuleSet, asOf: string, lookup: ThresholdLookup): ClassificationResult {
  const situation = parcelSituation(facts, asOf);
  const effective = lookup(ruleSet, situation.park, situation.industry);
  const rules: RuleResult[] = [
    approvedUnsuppliedRule(situation),
    reserveRule(situation, effective),
    idleNotStartedRule(situation, effective),
    idleStalledRule(situation, effective, 'developedArea'),
    idleStalledRule(situation, effective, 'investment'),
    ...inefficientRules(situation, effective),
  ];
  const evaluated = evaluatedClass(rules);
  const manual = manualOverride(facts.values.classOverride, facts.values.classOverrideReason);
  return {
    parcelId: facts.parcelId,
    parcelClass: manual.override?.parcelClass ?? evaluated,
    evaluatedClass: evaluated,
    ...manual,
    rules, ruleSetId: ruleSet.id, ruleSetVersion: ruleSet.version, overridesApplied: effective.applied, asOf,
  };
}

/** Classifies many parcels with one rule set on one date (thresholds resolved once per park and industry). */
export function classifyParcels(parcels: Iterable<ParcelFacts>, ruleSet: RuleSet, asOf: string): ClassificationResult[] {
  const cache = new Map<string, EffectiveThresholds>();
  const lookup: ThresholdLookup = (set, park, industry) => {
    const key = `${park}\u0000${industry}`;
    let effective = cache.get(key);
    if (!effective) cache.set(key, (effective = effectiveThresholds(set, park, industry)));
    return effective;
  };
  const results: ClassificationResult[] = [];
  for (const facts of parcels) results.push(classifyWith(facts, ruleSet, asOf, lookup));
  return results;
}
