import { parseRuleSet, type RuleSetParse } from './rule-set-parse.ts';
import type { RuleSet, ThresholdKey, ThresholdOverride, Thresholds } from './rule-set-schema.ts';

/**
 * The version after `version`: its last number plus one ('1' → '2',
 * '2021.3' → '2021.4'); '.1' appended when it ends in no number.
 */
export function nextRuleSetVersion(version: string): string {
  const match = /^(.*?)(\d+)$/.exec(version);
  return match ? `${match[1]}${Number(match[2]) + 1}` : `${version}.1`;
}

/** Validates an edited rule set and gives it the next version; problems in plain words. */
function edited(ruleSet: RuleSet, change: Partial<RuleSet>): RuleSetParse {
  return parseRuleSet({ ...ruleSet, ...change, version: nextRuleSetVersion(ruleSet.version) });
}

/** Sets a project-wide threshold (null switches its rule off where allowed); a new version. */
export function setProjectThreshold<K extends ThresholdKey>(ruleSet: RuleSet, key: K, value: Thresholds[K]): RuleSetParse {
  return edited(ruleSet, { thresholds: { ...ruleSet.thresholds, [key]: value } });
}

/**
 * Sets one threshold of an override (undefined removes it, so the less specific
 * value applies again); a new version. An unknown override id is a problem.
 */
export function setOverrideThreshold<K extends ThresholdKey>(ruleSet: RuleSet, overrideId: string, key: K, value: Thresholds[K] | undefined): RuleSetParse {
  if (!ruleSet.overrides.some((o) => o.id === overrideId)) return { ok: false, problems: [`there is no override "${overrideId}"`] };
  const overrides = ruleSet.overrides.map((o) => {
    if (o.id !== overrideId) return o;
    const thresholds: Partial<Thresholds> = { ...o.thresholds };
    if (value === undefined) delete thresholds[key];
    else thresholds[key] = value;
    return { ...o, thresholds };
  });
  return edited(ruleSet, { overrides });
}

/** Adds an override, or replaces the one with the same id; a new version. */
export function putOverride(ruleSet: RuleSet, override: ThresholdOverride): RuleSetParse {
  const exists = ruleSet.overrides.some((o) => o.id === override.id);
  const overrides = exists ? ruleSet.overrides.map((o) => (o.id === override.id ? override : o)) : [...ruleSet.overrides, override];
  return edited(ruleSet, { overrides });
}

/** Removes an override by id; a new version (unchanged set when the id is unknown). */
export function removeOverride(ruleSet: RuleSet, overrideId: string): RuleSetParse {
  if (!ruleSet.overrides.some((o) => o.id === overrideId)) return { ok: true, ruleSet };
  return edited(ruleSet, { overrides: ruleSet.overrides.filter((o) => o.id !== overrideId) });
}
