import { useCallback, useRef, useState } from 'react';
import { nextRuleSetVersion, putOverride, removeOverride, setOverrideThreshold, setProjectThreshold } from '../../../shared/rules/rule-set-edit.ts';
import { parseRuleSet, type RuleSetParse } from '../../../shared/rules/rule-set-parse.ts';
import type { RuleSet, ThresholdKey, Thresholds } from '../../../shared/rules/rule-set-schema.ts';

/** The id an override gets from what it applies to. */
export function overrideId(park: string, industry: string): string {
  return [park && `park:${park}`, industry && `industry:${industry}`].filter(Boolean).join('|');
}

export interface RuleSetDraft {
  readonly draft: RuleSet;
  /** Inputs whose typed text is not valid ('project:<key>' or '<overrideId>:<key>'). */
  readonly invalid: ReadonlySet<string>;
  /** Problems the core found with the last change (plain words). */
  readonly problems: readonly string[];
  readonly changed: boolean;
  readonly setProject: (key: ThresholdKey, value: Thresholds[ThresholdKey] | undefined) => void;
  readonly setOverride: (id: string, key: ThresholdKey, value: Thresholds[ThresholdKey] | undefined) => void;
  readonly removeOverrideThreshold: (id: string, key: ThresholdKey) => void;
  readonly addOverride: (park: string, industry: string) => string | undefined;
  readonly removeOverride: (id: string) => void;
  /** The draft as the next version, checked by the rule-set schema. */
  readonly nextVersion: () => RuleSetParse;
}

/**
 * An edited copy of a rule set: every change goes through the core's edit
 * helpers (schema-checked); the version stays the original's until saved.
 */
export function useRuleSetDraft(original: RuleSet): RuleSetDraft {
  const [draft, setDraftState] = useState(original);
  const current = useRef(original);
  const [invalid, setInvalid] = useState<ReadonlySet<string>>(new Set());
  const [problems, setProblems] = useState<readonly string[]>([]);

  const apply = useCallback((edit: (set: RuleSet) => RuleSetParse) => {
    const result = edit(current.current);
    if (!result.ok) {
      setProblems(result.problems);
      return false;
    }
    current.current = { ...result.ruleSet, version: original.version };
    setDraftState(current.current);
    setProblems([]);
    return true;
  }, [original.version]);

  const mark = useCallback((id: string, bad: boolean) => setInvalid((previous) => {
    if (previous.has(id) === bad) return previous;
    const next = new Set(previous);
    if (bad) next.add(id);
    else next.delete(id);
    return next;
  }), []);

  const setProject = useCallback((key: ThresholdKey, value: Thresholds[ThresholdKey] | undefined) => {
    mark(`project:${key}`, value === undefined);
    if (value !== undefined) apply((set) => setProjectThreshold(set, key, value));
  }, [apply, mark]);

  const setOverride = useCallback((id: string, key: ThresholdKey, value: Thresholds[ThresholdKey] | undefined) => {
    mark(`${id}:${key}`, value === undefined);
    if (value !== undefined) apply((set) => setOverrideThreshold(set, id, key, value));
  }, [apply, mark]);

  const removeOverrideThreshold = useCallback((id: string, key: ThresholdKey) => {
    mark(`${id}:${key}`, false);
    apply((set) => setOverrideThreshold(set, id, key, undefined));
  }, [apply, mark]);

  const addOverride = useCallback((park: string, industry: string) => {
    const id = overrideId(park.trim(), industry.trim());
    if (id === '') return undefined;
    if (current.current.overrides.some((o) => o.id === id)) return id;
    const label = [park.trim(), industry.trim()].filter(Boolean).join(' · ');
    const ok = apply((set) => putOverride(set, { id, label, thresholds: {}, ...(park.trim() ? { park: park.trim() } : {}), ...(industry.trim() ? { industry: industry.trim() } : {}) }));
    return ok ? id : undefined;
  }, [apply]);

  const dropOverride = useCallback((id: string) => {
    setInvalid((previous) => new Set([...previous].filter((key) => !key.startsWith(`${id}:`))));
    apply((set) => removeOverride(set, id));
  }, [apply]);

  return {
    draft, invalid, problems,
    changed: JSON.stringify(draft) !== JSON.stringify(original),
    setProject, setOverride, removeOverrideThreshold, addOverride, removeOverride: dropOverride,
    nextVersion: () => parseRuleSet({ ...current.current, version: nextRuleSetVersion(original.version) }),
  };
}
