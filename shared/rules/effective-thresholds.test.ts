import { describe, expect, it } from 'vitest';
import { effectiveThresholds } from './effective-thresholds.ts';
import type { RuleSet } from './rule-set-schema.ts';
import { XUCHANG_DEFAULT_RULE_SET } from './xuchang-default-rules.ts';

const RULE_SET: RuleSet = {
  ...XUCHANG_DEFAULT_RULE_SET,
  overrides: [
    { id: 'both', park: '禹州市产业集聚区', industry: '医药', thresholds: { minFloorAreaRatio: 0.9 } },
    { id: 'park', park: '禹州市产业集聚区', thresholds: { minFloorAreaRatio: 0.6, minTaxPerMu: 18 } },
    { id: 'industry', industry: '医药', thresholds: { minFloorAreaRatio: 0.7 } },
    { id: 'park-later', park: '禹州市产业集聚区', thresholds: { minTaxPerMu: 20 } },
  ],
};

describe('effectiveThresholds: most specific wins', () => {
  it.each([
    { park: '禹州市产业集聚区', industry: '医药', far: 0.9, farSource: 'both', tax: 20, taxSource: 'park-later' },
    { park: '禹州市产业集聚区', industry: '装备制造', far: 0.6, farSource: 'park', tax: 20, taxSource: 'park-later' },
    { park: '长葛市产业集聚区', industry: '医药', far: 0.7, farSource: 'industry', tax: 11, taxSource: 'project' },
    { park: '长葛市产业集聚区', industry: '', far: 0.5, farSource: 'project', tax: 11, taxSource: 'project' },
  ])('$park / "$industry" → FAR $far ($farSource), tax $tax ($taxSource)', ({ park, industry, far, farSource, tax, taxSource }) => {
    const { thresholds, sources } = effectiveThresholds(RULE_SET, park, industry);
    expect(thresholds.minFloorAreaRatio).toBe(far);
    expect(sources.minFloorAreaRatio).toBe(farSource);
    expect(thresholds.minTaxPerMu).toBe(tax);
    expect(sources.minTaxPerMu).toBe(taxSource);
    expect(thresholds.minBuildingCoveragePercent).toBe(30);
  });

  it('lets an override switch a rule off with null', () => {
    const ruleSet: RuleSet = { ...RULE_SET, overrides: [{ id: 'off', park: 'P', thresholds: { minTaxPerMu: null } }] };
    expect(effectiveThresholds(ruleSet, 'P', '').thresholds.minTaxPerMu).toBeNull();
  });
});
