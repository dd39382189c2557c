import { describe, expect, it } from 'vitest';
import { classifyParcel } from './classify-parcel.ts';
import { nextRuleSetVersion, putOverride, removeOverride, setOverrideThreshold, setProjectThreshold } from './rule-set-edit.ts';
import type { RuleSet } from './rule-set-schema.ts';
import { XUCHANG_DEFAULT_RULE_SET } from './xuchang-default-rules.ts';

const IN_USE = { supplyDate: '2015-03-01', agreedStartDate: '2015-09-01', actualStartDate: '2015-10-01', completionDate: '2017-06-30' };
const farRule = (ruleSet: RuleSet, values: Record<string, string | number>) =>
  classifyParcel({ parcelId: 'p', values: { ...IN_USE, ...values }, siteAreaSquareMeters: 10_000 }, ruleSet, '2024-05-01').rules.find((r) => r.ruleId === 'inefficient.floorAreaRatio');
const ok = (parsed: ReturnType<typeof setProjectThreshold>): RuleSet => {
  if (!parsed.ok) throw new Error(parsed.problems.join('; '));
  return parsed.ruleSet;
};

describe('rule-set edits', () => {
  it.each([['1', '2'], ['2021.3', '2021.4'], ['v9', 'v10'], ['draft', 'draft.1']])('version %s → %s', (from, to) => {
    expect(nextRuleSetVersion(from)).toBe(to);
  });

  it('changes a project threshold in a new version, and parcels follow', () => {
    const edited = ok(setProjectThreshold(XUCHANG_DEFAULT_RULE_SET, 'minFloorAreaRatio', 0.6));
    expect(edited.version).toBe('2');
    expect(XUCHANG_DEFAULT_RULE_SET.thresholds.minFloorAreaRatio).toBe(0.5);
    expect(farRule(XUCHANG_DEFAULT_RULE_SET, { floorAreaSquareMeters: 5500 })?.outcome).toBe('passed');
    expect(farRule(edited, { floorAreaSquareMeters: 5500 })).toMatchObject({ outcome: 'fired', threshold: 0.6 });
  });

  it('refuses an invalid value with the problem in plain words', () => {
    expect(setProjectThreshold(XUCHANG_DEFAULT_RULE_SET, 'idleInvestmentShareBelow', 25)).toEqual({ ok: false, problems: ['thresholds → idleInvestmentShareBelow must be at most 1'] });
  });

  it('sets and clears an override threshold', () => {
    const raised = ok(setOverrideThreshold(XUCHANG_DEFAULT_RULE_SET, 'industry:装备制造', 'minFloorAreaRatio', 0.9));
    expect(farRule(raised, { floorAreaSquareMeters: 8000, industry: '装备制造' })).toMatchObject({ outcome: 'fired', threshold: 0.9 });
    const cleared = ok(setOverrideThreshold(raised, 'industry:装备制造', 'minFloorAreaRatio', undefined));
    expect(cleared.version).toBe('3');
    expect(farRule(cleared, { floorAreaSquareMeters: 6000, industry: '装备制造' })).toMatchObject({ outcome: 'passed', threshold: 0.5, thresholdSource: 'project' });
    expect(setOverrideThreshold(XUCHANG_DEFAULT_RULE_SET, 'nope', 'minTaxPerMu', 1)).toEqual({ ok: false, problems: ['there is no override "nope"'] });
  });

  it('adds, replaces and removes park overrides', () => {
    const added = ok(putOverride(XUCHANG_DEFAULT_RULE_SET, { id: 'park:魏都', park: '魏都产业集聚区', thresholds: { minTaxPerMu: 16 } }));
    expect(added.overrides.at(-1)?.id).toBe('park:魏都');
    const replaced = ok(putOverride(added, { id: 'park:魏都', park: '魏都产业集聚区', thresholds: { minTaxPerMu: 20 } }));
    expect(replaced.overrides.filter((o) => o.id === 'park:魏都')).toEqual([{ id: 'park:魏都', park: '魏都产业集聚区', thresholds: { minTaxPerMu: 20 } }]);
    const removed = ok(removeOverride(replaced, 'park:魏都'));
    expect(removed.overrides).toEqual(XUCHANG_DEFAULT_RULE_SET.overrides);
    expect(removed.version).toBe('4');
    expect(putOverride(XUCHANG_DEFAULT_RULE_SET, { id: 'x', thresholds: {} }).ok).toBe(false);
  });
});
