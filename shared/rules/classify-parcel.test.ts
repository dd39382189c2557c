import { describe, expect, it } from 'vitest';
import type { FieldValues } from '../survey/field-value.ts';
import { classificationCardValues, classificationReasons } from './classification-text.ts';
import { classifyParcel, firedRules } from './classify-parcel.ts';
import { XUCHANG_DEFAULT_RULE_SET } from './xuchang-default-rules.ts';

const SITE_SQUARE_METERS = 10_000;
const IN_USE = { supplyDate: '2015-03-01', agreedStartDate: '2015-09-01', actualStartDate: '2015-10-01', completionDate: '2017-06-30' };
/** Every 低效 input present and above its minimum (15 亩 site). */
const HEALTHY: FieldValues = {
  ...IN_USE, floorAreaSquareMeters: 12_000, buildingFootprintSquareMeters: 5000, productionStatus: 'normal',
  'economics.2022.tax': 300, 'economics.2023.tax': 320, 'economics.2023.revenue': 9000,
};

const classify = (values: FieldValues, asOf = '2024-05-01') =>
  classifyParcel({ parcelId: 'XC-001', values, siteAreaSquareMeters: SITE_SQUARE_METERS }, XUCHANG_DEFAULT_RULE_SET, asOf);

describe('classifyParcel', () => {
  it.each([
    { name: 'all criteria met', values: HEALTHY, parcelClass: 'efficient' },
    { name: 'low FAR', values: { ...HEALTHY, floorAreaSquareMeters: 3000 }, parcelClass: 'inefficient' },
    { name: 'one input missing, nothing fired', values: { ...HEALTHY, productionStatus: null }, parcelClass: 'insufficientData' },
    { name: 'one input missing but another rule fired', values: { ...HEALTHY, productionStatus: null, floorAreaSquareMeters: 3000 }, parcelClass: 'inefficient' },
    { name: 'approved, not supplied', values: { approvalDate: '2020-01-01' }, parcelClass: 'approvedUnsupplied' },
    { name: 'supplied, never started', values: { supplyDate: '2019-01-01', agreedStartDate: '2019-07-01' }, parcelClass: 'idle' },
    { name: 'land-bank parcel', values: { ...HEALTHY, landholder: '许昌市土地储备中心', floorAreaSquareMeters: 0 }, parcelClass: 'reserve' },
  ])('$name → $parcelClass', ({ values, parcelClass }) => {
    const result = classify(values);
    expect(result.parcelClass).toBe(parcelClass);
    expect(result.evaluatedClass).toBe(parcelClass);
  });

  it('records the rule set and date, and reports every rule', () => {
    const result = classify(HEALTHY);
    expect(result).toMatchObject({ ruleSetId: 'xuchang-default', ruleSetVersion: '1', asOf: '2024-05-01', parcelId: 'XC-001' });
    expect(result.rules).toHaveLength(12);
    expect(result.rules.find((r) => r.ruleId === 'inefficient.investmentIntensity')?.outcome).toBe('off');
  });

  it('ignores what happens after the as-of date', () => {
    const values = { approvalDate: '2020-01-01', supplyDate: '2022-03-01', agreedStartDate: '2022-09-01' };
    expect(classify(values, '2021-12-31').parcelClass).toBe('approvedUnsupplied');
    expect(classify(values, '2023-08-31').parcelClass).toBe('efficient');
    expect(classify(values, '2023-09-01').parcelClass).toBe('idle');
  });

  it('lets a manual override with a reason win and shows it as such', () => {
    const result = classify({ ...HEALTHY, floorAreaSquareMeters: 3000, classOverride: 'efficient', classOverrideReason: '已签订退二优二协议，正在改造' });
    expect(result.parcelClass).toBe('efficient');
    expect(result.evaluatedClass).toBe('inefficient');
    expect(result.override).toEqual({ parcelClass: 'efficient', reason: '已签订退二优二协议，正在改造' });
    expect(firedRules(result).map((r) => r.ruleId)).toEqual(['inefficient.floorAreaRatio']);
    expect(classificationReasons(result, 'zh-CN')).toContain('人工认定');
  });

  it.each([
    { classOverride: 'idle', classOverrideReason: '  ', ignored: 'reasonMissing' },
    { classOverride: 'abandoned', classOverrideReason: '说明', ignored: 'unknownClass' },
  ])('does not apply an override $classOverride with reason "$classOverrideReason" ($ignored)', ({ ignored, ...override }) => {
    const result = classify({ ...HEALTHY, ...override });
    expect(result.parcelClass).toBe('efficient');
    expect(result.override).toBeUndefined();
    expect(result.overrideIgnored).toBe(ignored);
  });

  it('lists the overrides whose thresholds applied', () => {
    expect(classify({ ...HEALTHY, industry: '装备制造' }).overridesApplied).toEqual(['industry:装备制造']);
    expect(classify(HEALTHY).overridesApplied).toEqual([]);
  });
});

describe('card values and reasons', () => {
  it('explains a fired rule with value, threshold, source and rule-set version', () => {
    const result = classify({ ...HEALTHY, industry: '装备制造', floorAreaSquareMeters: 6000 });
    const { parcelClass, classReasons } = classificationCardValues(result);
    expect(parcelClass).toBe('inefficient');
    expect(classReasons).toContain('低效：容积率低于控制值：0.6 < 0.7');
    expect(classReasons).toContain('industry:装备制造');
    expect(classReasons).toContain('xuchang-default v1');
    expect(classificationReasons(result, 'en')).toContain('floor-area ratio below the minimum: 0.6 < 0.7');
  });

  it('stores insufficient data as 未认定 and names the missing fields', () => {
    const { parcelClass, classReasons } = classificationCardValues(classify({ ...HEALTHY, productionStatus: null }));
    expect(parcelClass).toBe('unsurveyed');
    expect(classReasons).toContain('资料不足，缺 productionStatus');
  });
});
