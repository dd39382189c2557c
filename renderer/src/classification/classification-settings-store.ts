import { parseParkPreset } from '../../../shared/parks/park-preset-parse.ts';
import { XUCHANG_PARK_PRESET, type ParkPreset } from '../../../shared/parks/park-preset.ts';
import { isIsoDate } from '../../../shared/rules/iso-date.ts';
import { parseRuleSet } from '../../../shared/rules/rule-set-parse.ts';
import type { RuleSet } from '../../../shared/rules/rule-set-schema.ts';
import { XUCHANG_DEFAULT_RULE_SET } from '../../../shared/rules/xuchang-default-rules.ts';
import type { ParcelDeskDatabase } from '../storage/database.ts';
import { readSetting, writeSetting } from '../storage/settings-store.ts';

/** An earlier rule-set version and when it was replaced. */
export interface RuleSetHistoryEntry {
  readonly version: string;
  /** ISO 8601 UTC. */
  readonly replacedAt: string;
  readonly ruleSet: RuleSet;
}

/** A project's classification settings as stored (derived classes are never stored). */
export interface ProjectClassificationSettings {
  readonly ruleSet: RuleSet;
  readonly parks: ParkPreset;
  /** 认定日期 fixed by the user ('YYYY-MM-DD'); absent: today. */
  readonly asOf?: string;
  /** Earlier versions, newest first (at most {@link HISTORY_LIMIT}). */
  readonly history: readonly RuleSetHistoryEntry[];
}

export const HISTORY_LIMIT = 30;

const settingKey = (projectId: string) => `classification:${projectId}`;

/** A new project starts from the Xuchang rule set and the ten Xuchang parks. */
export const DEFAULT_CLASSIFICATION_SETTINGS: ProjectClassificationSettings = {
  ruleSet: XUCHANG_DEFAULT_RULE_SET, parks: XUCHANG_PARK_PRESET, history: [],
};

/** The project's settings; parts that are missing or no longer valid fall back to the presets. */
export async function readClassificationSettings(db: ParcelDeskDatabase, projectId: string): Promise<ProjectClassificationSettings> {
  const stored = await readSetting<Partial<ProjectClassificationSettings> | undefined>(db, settingKey(projectId), undefined);
  if (!stored) return DEFAULT_CLASSIFICATION_SETTINGS;
  const ruleSet = parseRuleSet(stored.ruleSet);
  const parks = parseParkPreset(stored.parks);
  return {
    ruleSet: ruleSet.ok ? ruleSet.ruleSet : XUCHANG_DEFAULT_RULE_SET,
    parks: parks.ok ? parks.preset : XUCHANG_PARK_PRESET,
    ...(isIsoDate(stored.asOf) ? { asOf: stored.asOf } : {}),
    history: Array.isArray(stored.history) ? stored.history : [],
  };
}

/** Stores a new rule-set version, keeping the replaced one in the history. */
export async function saveRuleSetVersion(
  db: ParcelDeskDatabase, projectId: string, current: ProjectClassificationSettings, ruleSet: RuleSet, now = new Date(),
): Promise<ProjectClassificationSettings> {
  const replaced: RuleSetHistoryEntry = { version: current.ruleSet.version, replacedAt: now.toISOString(), ruleSet: current.ruleSet };
  const next = { ...current, ruleSet, history: [replaced, ...current.history].slice(0, HISTORY_LIMIT) };
  await writeSetting(db, settingKey(projectId), next);
  return next;
}

/** Stores the 认定日期 (undefined: follow today). */
export async function saveAsOf(db: ParcelDeskDatabase, projectId: string, current: ProjectClassificationSettings, asOf: string | undefined): Promise<ProjectClassificationSettings> {
  const { asOf: _previous, ...rest } = current;
  const next = asOf ? { ...rest, asOf } : rest;
  await writeSetting(db, settingKey(projectId), next);
  return next;
}
