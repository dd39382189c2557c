import { describe, expect, it } from 'vitest';
import { classifyParcel } from './classify-parcel.ts';
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

  it('matches park overrides against the assigned park when the facts carry one', () => {
    const values = { park: '中原电气谷核心区', supplyDate: '2019-06-01', agreedStartDate: '2020-03-15' };
    const ruleSet: RuleSet = { ...RULE_SET, overrides: [{ id: 'hi-tech', park: '市高新技术产业集聚区', thresholds: { idleNotStartedYears: 2 } }] };
    const rule = (park?: string) => classifyParcel({ parcelId: 'p', values, siteAreaSquareMeters: 1000, park }, ruleSet, '2021-06-01').rules.find((r) => r.ruleId === 'idle.notStarted');
    expect(rule('市高新技术产业集聚区')).toMatchObject({ outcome: 'passed', thresholdSource: 'hi-tech' });
    expect(rule()).toMatchObject({ outcome: 'fired', thresholdSource: 'project' });
  });

  it('lets an override switch a rule off with null', () => {
    const ruleSet: RuleSet = { ...RULE_SET, overrides: [{ id: 'off', park: 'P', thresholds: { minTaxPerMu: null } }] };
    expect(effectiveThresholds(ruleSet, 'P', '').thresholds.minTaxPerMu).toBeNull();
  });
});
