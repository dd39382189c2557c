import { checkStandardLand, standardLandKey, type IndicatorCheck } from '../../../shared/evaluation/standard-land-check.ts';
import type { StandardLandIndicator, StandardLandSet } from '../../../shared/evaluation/standard-land-schema.ts';
import type { FieldValues } from '../../../shared/survey/field-value.ts';

export type AcceptanceStage = StandardLandIndicator['stage'];
export const ACCEPTANCE_STAGES: readonly AcceptanceStage[] = ['completion', 'production'];

/** One indicator's line on the card: its three stored figures and the check at each acceptance. */
export interface StandardLandRow {
  readonly indicator: StandardLandIndicator;
  readonly contractedKey: string;
  readonly actualKeys: Readonly<Record<AcceptanceStage, string>>;
  /**
   * The check at each acceptance. The indicator's own stage decides (as the set
   * says); the other stage is checked only when an actual figure is recorded there,
   * else undefined.
   */
  readonly checks: Readonly<Record<AcceptanceStage, IndicatorCheck | undefined>>;
}

/** Tallies of the deciding checks, for the section's summary line. */
export interface StandardLandTally {
  readonly pass: number;
  readonly fail: number;
  readonly insufficientData: number;
  readonly pending: number;
}

const atStage = (set: StandardLandSet, stage: AcceptanceStage): StandardLandSet => ({ ...set, indicators: set.indicators.map((i) => ({ ...i, stage })) });

/** The card's standard-land rows for a parcel's values under the project's set, in the set's order. */
export function standardLandRows(set: StandardLandSet, values: FieldValues): StandardLandRow[] {
  const byStage = Object.fromEntries(ACCEPTANCE_STAGES.map((stage) => [stage, checkStandardLand(atStage(set, stage), values)])) as Record<AcceptanceStage, IndicatorCheck[]>;
  return set.indicators.map((indicator, i) => {
    const checks = Object.fromEntries(ACCEPTANCE_STAGES.map((stage) => {
      const check = byStage[stage][i];
      const deciding = stage === indicator.stage;
      return [stage, deciding || check?.actual !== undefined ? check : undefined];
    })) as Record<AcceptanceStage, IndicatorCheck | undefined>;
    return {
      indicator,
      contractedKey: standardLandKey('contracted', indicator.key),
      actualKeys: { completion: standardLandKey('completion', indicator.key), production: standardLandKey('production', indicator.key) },
      checks,
    };
  });
}

/** Counts the deciding check of every row by outcome. */
export function tallyStandardLand(rows: readonly StandardLandRow[]): StandardLandTally {
  const tally = { pass: 0, fail: 0, insufficientData: 0, pending: 0 };
  for (const row of rows) {
    const check = row.checks[row.indicator.stage];
    if (check) tally[check.outcome]++;
  }
  return tally;
}
