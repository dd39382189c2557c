import type { FieldValues } from '../survey/field-value.ts';
import { isBelowThreshold } from '../rules/threshold-compare.ts';
import type { StandardLandIndicator, StandardLandSet } from './standard-land-schema.ts';

/** Card value key of a standard-land figure: `standardLand.<contracted|completion|production>.<indicator key>`. */
export function standardLandKey(kind: 'contracted' | 'completion' | 'production', indicatorKey: string): string {
  return `standardLand.${kind}.${indicatorKey}`;
}

/**
 * pass / fail against the contracted value; insufficientData: the acceptance
 * took place (its date is set) or a contracted value is needed but a figure is
 * missing; pending: the acceptance has not happened and no actual is recorded.
 */
export type IndicatorCheckOutcome = 'pass' | 'fail' | 'insufficientData' | 'pending';

/** One indicator of a parcel's standard-land contract, checked. */
export interface IndicatorCheck {
  readonly key: string;
  readonly label: string;
  readonly slot: StandardLandIndicator['slot'];
  readonly stage: StandardLandIndicator['stage'];
  readonly direction: StandardLandIndicator['direction'];
  readonly unit: string;
  /** The contract's value, else the set's control value. */
  readonly contracted: number | undefined;
  readonly contractedSource: 'contract' | 'set' | undefined;
  readonly actual: number | undefined;
  readonly outcome: IndicatorCheckOutcome;
  /** Card keys of the missing figures. */
  readonly missing: readonly string[];
}

const numberAt = (values: FieldValues, key: string) => {
  const value = values[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
};

/** Passes when actual ≥ contracted (atLeast) or actual ≤ contracted (atMost); equal passes. */
export function indicatorPasses(direction: StandardLandIndicator['direction'], actual: number, contracted: number): boolean {
  return direction === 'atLeast' ? !isBelowThreshold(actual, contracted) : !isBelowThreshold(-actual, -contracted);
}

/**
 * Checks a parcel's standard-land indicators: each indicator's actual value at
 * its acceptance stage (`standardLand.completion.*` / `standardLand.production.*`)
 * against the contracted value (`standardLand.contracted.*`, else the set's
 * control value). Acceptance dates are the card's completionAcceptanceDate and
 * productionAcceptanceDate.
 */
export function checkStandardLand(set: StandardLandSet, values: FieldValues): IndicatorCheck[] {
  return set.indicators.map((indicator): IndicatorCheck => {
    const contractKey = standardLandKey('contracted', indicator.key);
    const actualKey = standardLandKey(indicator.stage, indicator.key);
    const fromContract = numberAt(values, contractKey);
    const contracted = fromContract ?? indicator.controlValue ?? undefined;
    const contractedSource: IndicatorCheck['contractedSource'] = fromContract !== undefined ? 'contract' : contracted !== undefined ? 'set' : undefined;
    const actual = numberAt(values, actualKey);
    const acceptance = values[indicator.stage === 'completion' ? 'completionAcceptanceDate' : 'productionAcceptanceDate'];
    const accepted = typeof acceptance === 'string' && acceptance !== '';
    const missing = [...(contracted === undefined ? [contractKey] : []), ...(actual === undefined ? [actualKey] : [])];
    const base = { key: indicator.key, label: indicator.label, slot: indicator.slot, stage: indicator.stage, direction: indicator.direction, unit: indicator.unit, contracted, contractedSource, actual, missing };
    if (actual === undefined && !accepted) return { ...base, outcome: 'pending' };
    if (actual === undefined || contracted === undefined) return { ...base, outcome: 'insufficientData' };
    return { ...base, outcome: indicatorPasses(indicator.direction, actual, contracted) ? 'pass' : 'fail' };
  });
}
