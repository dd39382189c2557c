import { describe, expect, it } from 'vitest';
import { parseRuleSet, parseRuleSetText } from './rule-set-parse.ts';
import { XUCHANG_DEFAULT_RULE_SET } from './xuchang-default-rules.ts';

describe('parseRuleSetText', () => {
  it('accepts the Xuchang preset written as JSON', () => {
    const parsed = parseRuleSetText(JSON.stringify(XUCHANG_DEFAULT_RULE_SET));
    expect(parsed).toEqual({ ok: true, ruleSet: XUCHANG_DEFAULT_RULE_SET });
  });

  it('says when the text is not JSON', () => {
    const parsed = parseRuleSetText('{ "format": ');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems[0]).toMatch(/^the file is not valid JSON/);
  });

  it('names each problem in plain words with where it is', () => {
    const { thresholds } = XUCHANG_DEFAULT_RULE_SET;
    const bad = {
      ...XUCHANG_DEFAULT_RULE_SET,
      version: undefined,
      thresholds: { ...thresholds, minFloorAreaRatio: '0.8', idleDevelopedShareBelow: 1.5, colour: 'red' },
      overrides: [{ id: 'x', thresholds: {} }, { id: 'y', park: 'P', thresholds: { inefficientProductionStatuses: ['closed'] } }],
    };
    const parsed = parseRuleSet(bad);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems).toEqual(expect.arrayContaining([
      'version is missing',
      'thresholds → minFloorAreaRatio must be a number',
      'thresholds → idleDevelopedShareBelow must be at most 1',
      'thresholds has unknown setting "colour"',
      'overrides #1 → park: an override needs a park, an industry or both',
      'overrides #2 → thresholds → inefficientProductionStatuses #1 must be one of "normal", "halfStopped", "stopped"',
    ]));
  });

  it('says an empty name must not be empty', () => {
    const parsed = parseRuleSet({ ...XUCHANG_DEFAULT_RULE_SET, name: '' });
    expect(parsed.ok ? [] : parsed.problems).toEqual(['name must not be empty']);
  });

  it('refuses two overrides with the same id', () => {
    const parsed = parseRuleSet({ ...XUCHANG_DEFAULT_RULE_SET, overrides: [{ id: 'a', park: 'P', thresholds: {} }, { id: 'a', industry: 'I', thresholds: {} }] });
    expect(parsed.ok ? [] : parsed.problems).toEqual(['overrides #2 → id: override id "a" is used twice']);
  });
});
