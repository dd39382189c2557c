import type { RuleSet, ThresholdKey, ThresholdOverride, Thresholds } from './rule-set-schema.ts';

/** Where a threshold came from: 'project' or the id of the override that set it. */
export type ThresholdSource = string;

/** The thresholds that apply to one parcel and where each came from. */
export interface EffectiveThresholds {
  readonly thresholds: Thresholds;
  /** Per threshold: 'project' or the override id. */
  readonly sources: Readonly<Record<ThresholdKey, ThresholdSource>>;
  /** Ids of the overrides that set at least one threshold here, in order of application. */
  readonly applied: readonly string[];
}

/**
 * How specific an override is for a parcel: 3 park and industry, 2 industry
 * only, 1 park only; undefined when it does not match the parcel. An industry
 * standard is more specific than a park-wide one because it is written for
 * that kind of plant.
 */
export function overrideSpecificity(override: ThresholdOverride, park: string, industry: string): number | undefined {
  if (override.park !== undefined && override.park !== park) return undefined;
  if (override.industry !== undefined && override.industry !== industry) return undefined;
  return (override.park !== undefined ? 1 : 0) + (override.industry !== undefined ? 2 : 0);
}

/**
 * The thresholds for a parcel in `park` with `industry` (names as the parcel
 * records them; '' when unknown): each threshold from the most specific
 * matching override that sets it (park+industry > industry > park > project);
 * among equally specific overrides, the later one in the list wins.
 */
export function effectiveThresholds(ruleSet: RuleSet, park: string, industry: string): EffectiveThresholds {
  const thresholds: Record<string, unknown> = { ...ruleSet.thresholds };
  const sources: Record<string, ThresholdSource> = {};
  for (const key of Object.keys(ruleSet.thresholds)) sources[key] = 'project';
  const matching = ruleSet.overrides
    .map((override, index) => ({ override, index, rank: overrideSpecificity(override, park.trim(), industry.trim()) }))
    .filter((m): m is { override: ThresholdOverride; index: number; rank: number } => m.rank !== undefined)
    .sort((a, b) => a.rank - b.rank || a.index - b.index);
  for (const { override } of matching) {
    for (const [key, value] of Object.entries(override.thresholds)) {
      if (value === undefined) continue;
      thresholds[key] = value;
      sources[key] = override.id;
    }
  }
  const applied = [...new Set(Object.values(sources).filter((source) => source !== 'project'))];
  return { thresholds: thresholds as Thresholds, sources: sources as Record<ThresholdKey, ThresholdSource>, applied };
}
