import { describe, expect, it } from 'vitest';
import type { FieldValue, FieldValues } from '../survey/field-value.ts';
import { classifyParcel } from './classify-parcel.ts';
import type { RuleId } from './rule-result.ts';
import type { RuleSet } from './rule-set-schema.ts';
import { XUCHANG_DEFAULT_RULE_SET } from './xuchang-default-rules.ts';

/** 10 000 m² = 15 亩. */
const SITE_SQUARE_METERS = 10_000;
/** Supplied, started and completed long before the as-of dates used here. */
const IN_USE = { supplyDate: '2015-03-01', agreedStartDate: '2015-09-01', actualStartDate: '2015-10-01', completionDate: '2017-06-30' };

/** Test tables leave keys undefined where a row has no value. */
type LooseValues = Readonly<Record<string, FieldValue | undefined>>;
const defined = (values: LooseValues) => Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as FieldValues;

function ruleOf(values: LooseValues, ruleId: RuleId, options: { asOf?: string; ruleSet?: RuleSet; recordedFloorAreaRatio?: number } = {}) {
  const facts = { parcelId: 'p1', values: defined({ ...IN_USE, ...values }), siteAreaSquareMeters: SITE_SQUARE_METERS, recordedFloorAreaRatio: options.recordedFloorAreaRatio };
  const result = classifyParcel(facts, options.ruleSet ?? XUCHANG_DEFAULT_RULE_SET, options.asOf ?? '2024-05-01');
  return result.rules.find((rule) => rule.ruleId === ruleId);
}

describe('低效 indicator rules: below the minimum fires, at it passes', () => {
  it.each([
    { ruleId: 'inefficient.floorAreaRatio', values: { floorAreaSquareMeters: 4999 }, outcome: 'fired', actual: 0.4999, threshold: 0.5 },
    { ruleId: 'inefficient.floorAreaRatio', values: { floorAreaSquareMeters: 5000 }, outcome: 'passed', actual: 0.5, threshold: 0.5 },
    { ruleId: 'inefficient.floorAreaRatio', values: { floorAreaSquareMeters: 5001 }, outcome: 'passed', actual: 0.5001, threshold: 0.5 },
    { ruleId: 'inefficient.buildingCoverage', values: { buildingFootprintSquareMeters: 2999 }, outcome: 'fired', actual: 29.99, threshold: 30 },
    { ruleId: 'inefficient.buildingCoverage', values: { buildingFootprintSquareMeters: 2000, structureYardSquareMeters: 1000 }, outcome: 'passed', actual: 30, threshold: 30 },
    { ruleId: 'inefficient.buildingCoverage', values: { buildingFootprintSquareMeters: 3001 }, outcome: 'passed', actual: 30.01, threshold: 30 },
    { ruleId: 'inefficient.taxPerMu', values: { 'economics.2023.tax': 164 }, outcome: 'fired', actual: 164 / 15, threshold: 11 },
    { ruleId: 'inefficient.taxPerMu', values: { 'economics.2023.tax': 165 }, outcome: 'passed', actual: 11, threshold: 11 },
    { ruleId: 'inefficient.taxPerMu', values: { 'economics.2023.tax': 166 }, outcome: 'passed', actual: 166 / 15, threshold: 11 },
  ] as const)('$ruleId with $values → $outcome', ({ ruleId, values, outcome, actual, threshold }) => {
    const rule = ruleOf(values, ruleId);
    expect(rule?.outcome).toBe(outcome);
    expect(rule?.actual).toBeCloseTo(actual, 10);
    expect(rule?.threshold).toBe(threshold);
    expect(rule?.comparison).toBe('<');
  });

  it.each([
    { ruleId: 'inefficient.floorAreaRatio', missing: ['floorAreaSquareMeters'] },
    { ruleId: 'inefficient.buildingCoverage', missing: ['buildingFootprintSquareMeters'] },
    { ruleId: 'inefficient.taxPerMu', missing: ['tax'] },
  ] as const)('$ruleId without data → insufficient data', ({ ruleId, missing }) => {
    expect(ruleOf({}, ruleId)).toMatchObject({ outcome: 'insufficientData', missing });
  });

  it('treats a value equal to the minimum after binary rounding as at the minimum (2 900 m² → 29 %)', () => {
    const ruleSet: RuleSet = { ...XUCHANG_DEFAULT_RULE_SET, thresholds: { ...XUCHANG_DEFAULT_RULE_SET.thresholds, minBuildingCoveragePercent: 29 } };
    expect(ruleOf({ buildingFootprintSquareMeters: 2900 }, 'inefficient.buildingCoverage', { ruleSet })?.outcome).toBe('passed');
    expect(ruleOf({ buildingFootprintSquareMeters: 2899 }, 'inefficient.buildingCoverage', { ruleSet })?.outcome).toBe('fired');
  });

  it('uses the latest complete year: a figure for the as-of year does not count yet', () => {
    const rule = ruleOf({ 'economics.2022.tax': 100, 'economics.2023.tax': 165, 'economics.2024.tax': 1 }, 'inefficient.taxPerMu');
    expect(rule).toMatchObject({ outcome: 'passed', actual: 11, year: 2023 });
  });

  it('compares tax per mu with the parcel\'s contracted value when recorded', () => {
    const rule = ruleOf({ 'economics.2023.tax': 165, 'standardLand.contracted.taxPerMu': 12 }, 'inefficient.taxPerMu');
    expect(rule).toMatchObject({ outcome: 'fired', threshold: 12, thresholdSource: 'contract' });
  });

  it('falls back to the FAR the source records when the card has no floor area', () => {
    expect(ruleOf({}, 'inefficient.floorAreaRatio', { recordedFloorAreaRatio: 0.49 })).toMatchObject({ outcome: 'fired', actual: 0.49 });
    expect(ruleOf({ floorAreaSquareMeters: 6000 }, 'inefficient.floorAreaRatio', { recordedFloorAreaRatio: 0.49 })).toMatchObject({ outcome: 'passed', actual: 0.6 });
  });

  it('takes the industry minimum (24号: 装备制造 0.7) and names the override', () => {
    const values = { floorAreaSquareMeters: 6999, industry: '装备制造' };
    expect(ruleOf(values, 'inefficient.floorAreaRatio')).toMatchObject({ outcome: 'fired', threshold: 0.7, thresholdSource: 'industry:装备制造' });
    expect(ruleOf({ ...values, floorAreaSquareMeters: 7000 }, 'inefficient.floorAreaRatio')?.outcome).toBe('passed');
  });

  it('reports a rule switched off (null minimum) as off, and runs it once a park sets a value', () => {
    expect(ruleOf({}, 'inefficient.investmentIntensity')?.outcome).toBe('off');
    const ruleSet: RuleSet = { ...XUCHANG_DEFAULT_RULE_SET, overrides: [{ id: 'park:鄢陵', park: '鄢陵县产业集聚区', thresholds: { minInvestmentIntensity: 200 } }] };
    const values = { park: '鄢陵县产业集聚区', 'economics.2016.fixedInvestment': 2000, 'economics.2017.fixedInvestment': 999 };
    expect(ruleOf(values, 'inefficient.investmentIntensity', { ruleSet })).toMatchObject({ outcome: 'fired', actual: 2999 / 15, threshold: 200, thresholdSource: 'park:鄢陵' });
    expect(ruleOf({ ...values, 'economics.2017.fixedInvestment': 1000 }, 'inefficient.investmentIntensity', { ruleSet })?.outcome).toBe('passed');
  });
});

describe('投资强度 and 亩均营业收入 once a minimum is set (off by default)', () => {
  const ruleSet: RuleSet = { ...XUCHANG_DEFAULT_RULE_SET, thresholds: { ...XUCHANG_DEFAULT_RULE_SET.thresholds, minInvestmentIntensity: 200, minRevenuePerMu: 100 } };
  it.each([
    { ruleId: 'inefficient.investmentIntensity', values: { 'economics.2016.fixedInvestment': 2999 }, outcome: 'fired' },
    { ruleId: 'inefficient.investmentIntensity', values: { 'economics.2016.fixedInvestment': 3000 }, outcome: 'passed' },
    { ruleId: 'inefficient.investmentIntensity', values: { 'economics.2016.fixedInvestment': 3001 }, outcome: 'passed' },
    { ruleId: 'inefficient.investmentIntensity', values: {}, outcome: 'insufficientData' },
    { ruleId: 'inefficient.revenuePerMu', values: { 'economics.2023.revenue': 1499 }, outcome: 'fired' },
    { ruleId: 'inefficient.revenuePerMu', values: { 'economics.2023.revenue': 1500 }, outcome: 'passed' },
    { ruleId: 'inefficient.revenuePerMu', values: { 'economics.2023.revenue': 1501 }, outcome: 'passed' },
    { ruleId: 'inefficient.revenuePerMu', values: {}, outcome: 'insufficientData' },
  ] as const)('$ruleId with $values → $outcome (15 亩)', ({ ruleId, values, outcome }) => {
    const rule = ruleOf(values, ruleId, { ruleSet });
    expect(rule?.outcome).toBe(outcome);
    expect(rule?.threshold).toBe(ruleId === 'inefficient.investmentIntensity' ? 200 : 100);
    if (outcome === 'insufficientData') expect(rule?.missing).toEqual([ruleId === 'inefficient.investmentIntensity' ? 'fixedInvestment' : 'revenue']);
  });

  it('is off with the default rules', () => {
    expect(ruleOf({ 'economics.2023.revenue': 1 }, 'inefficient.revenuePerMu')?.outcome).toBe('off');
  });
});

describe('低效 applies to land in use only', () => {
  const started = { supplyDate: '2020-03-01', agreedStartDate: '2020-09-01', actualStartDate: '2021-06-01', completionDate: null, floorAreaSquareMeters: 100 };
  it.each([
    { asOf: '2023-05-31', outcome: 'notApplicable' },
    { asOf: '2023-06-01', outcome: 'fired' },
  ])('started 2021-06-01, as of $asOf (2 years grace) → $outcome', ({ asOf, outcome }) => {
    expect(ruleOf(started, 'inefficient.floorAreaRatio', { asOf })?.outcome).toBe(outcome);
  });

  it('counts tax or revenue as in use, but not fixed investment alone (still building)', () => {
    const asOf = '2022-06-01';
    expect(ruleOf({ ...started, 'economics.2021.fixedInvestment': 800 }, 'inefficient.floorAreaRatio', { asOf })).toMatchObject({ outcome: 'notApplicable', note: 'notInUse' });
    expect(ruleOf({ ...started, 'economics.2021.revenue': 800 }, 'inefficient.floorAreaRatio', { asOf })?.outcome).toBe('fired');
  });

  it('an unsupplied parcel is not judged for 低效', () => {
    const rule = ruleOf({ supplyDate: null, approvalDate: '2019-01-01', agreedStartDate: null, actualStartDate: null, completionDate: null }, 'inefficient.productionStopped');
    expect(rule).toMatchObject({ outcome: 'notApplicable', note: 'notSupplied' });
  });
});

describe('停产 / 半停产 (inefficient.productionStopped)', () => {
  it.each([
    { status: 'stopped', outcome: 'fired' },
    { status: 'halfStopped', outcome: 'fired' },
    { status: 'normal', outcome: 'passed' },
    { status: null, outcome: 'insufficientData' },
  ])('$status → $outcome', ({ status, outcome }) => {
    expect(ruleOf({ productionStatus: status }, 'inefficient.productionStopped')?.outcome).toBe(outcome);
  });

  it('is off when the rule set lists no status', () => {
    const ruleSet: RuleSet = { ...XUCHANG_DEFAULT_RULE_SET, thresholds: { ...XUCHANG_DEFAULT_RULE_SET.thresholds, inefficientProductionStatuses: [] } };
    expect(ruleOf({ productionStatus: 'stopped' }, 'inefficient.productionStopped', { ruleSet })?.outcome).toBe('off');
  });
});

describe('no tax for N years (inefficient.noTax)', () => {
  it.each([
    { name: 'no tax in 2023 and 2022', values: { 'economics.2023.tax': 0, 'economics.2022.tax': 0 }, outcome: 'fired' },
    { name: 'tax in 2022', values: { 'economics.2023.tax': 0, 'economics.2022.tax': 5 }, outcome: 'passed' },
    { name: 'only one year without tax recorded', values: { 'economics.2023.tax': 0 }, outcome: 'insufficientData', missing: ['economics.2022.tax'] },
    { name: 'tax in 2023, 2022 unknown', values: { 'economics.2023.tax': 3 }, outcome: 'passed' },
    { name: 'tax only in the unfinished year 2024', values: { 'economics.2024.tax': 9, 'economics.2023.tax': 0, 'economics.2022.tax': 0 }, outcome: 'fired' },
  ])('$name → $outcome', ({ values, outcome, ...expected }) => {
    const rule = ruleOf(values, 'inefficient.noTax');
    expect(rule?.outcome).toBe(outcome);
    if (outcome === 'fired') expect(rule).toMatchObject({ actual: 2, threshold: 2, unit: 'year' });
    if ('missing' in expected) expect(rule?.missing).toEqual(expected.missing);
  });

  it('counts the years the rule set asks for (3: 2021 too)', () => {
    const ruleSet: RuleSet = { ...XUCHANG_DEFAULT_RULE_SET, thresholds: { ...XUCHANG_DEFAULT_RULE_SET.thresholds, noTaxYears: 3 } };
    const values = { 'economics.2023.tax': 0, 'economics.2022.tax': 0 };
    expect(ruleOf(values, 'inefficient.noTax', { ruleSet })).toMatchObject({ outcome: 'insufficientData', missing: ['economics.2021.tax'] });
    expect(ruleOf({ ...values, 'economics.2021.tax': 0 }, 'inefficient.noTax', { ruleSet })).toMatchObject({ outcome: 'fired', actual: 3 });
  });
});
