import { describe, expect, it } from 'vitest';
import type { FieldValue, FieldValues } from '../survey/field-value.ts';
import { classifyParcel } from './classify-parcel.ts';
import type { RuleId } from './rule-result.ts';
import type { RuleSet } from './rule-set-schema.ts';
import { XUCHANG_DEFAULT_RULE_SET } from './xuchang-default-rules.ts';

/** 10 000 m² = 15 亩. */
const SITE_SQUARE_METERS = 10_000;

/** Test tables leave keys undefined where a row has no value. */
type LooseValues = Readonly<Record<string, FieldValue | undefined>>;
const defined = (values: LooseValues) => Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as FieldValues;

function ruleOf(values: LooseValues, asOf: string, ruleId: RuleId, ruleSet: RuleSet = XUCHANG_DEFAULT_RULE_SET) {
  const result = classifyParcel({ parcelId: 'p1', values: defined(values), siteAreaSquareMeters: SITE_SQUARE_METERS }, ruleSet, asOf);
  return result.rules.find((rule) => rule.ruleId === ruleId);
}

describe('批而未供 (approvedUnsupplied.noSupply)', () => {
  it.each([
    { name: 'approved, no supply record', values: { approvalDate: '2019-05-01' }, asOf: '2020-05-01', outcome: 'fired', actual: 366, note: 'approvedNotExpropriated' },
    { name: 'approved and expropriated', values: { approvalDate: '2019-05-01', expropriationDate: '2019-09-01' }, asOf: '2020-05-01', outcome: 'fired', note: 'expropriatedNotSupplied' },
    { name: 'expropriated only after the as-of date', values: { approvalDate: '2019-05-01', expropriationDate: '2020-09-01' }, asOf: '2020-05-01', outcome: 'fired', note: 'approvedNotExpropriated' },
    { name: 'approval number without date', values: { approvalNumber: '豫政土〔2019〕101号' }, asOf: '2020-05-01', outcome: 'fired', actual: undefined },
    { name: 'supplied on the as-of date', values: { approvalDate: '2019-05-01', supplyDate: '2020-05-01' }, asOf: '2020-05-01', outcome: 'passed' },
    { name: 'supplied one day after the as-of date', values: { approvalDate: '2019-05-01', supplyDate: '2020-05-02' }, asOf: '2020-05-01', outcome: 'fired' },
    { name: 'contract number counts as supply', values: { approvalDate: '2019-05-01', contractNumber: 'XC-2019-08' }, asOf: '2020-05-01', outcome: 'passed' },
    { name: 'approved only after the as-of date', values: { approvalDate: '2021-01-01' }, asOf: '2020-05-01', outcome: 'insufficientData' },
    { name: 'no approval or supply record', values: { landholder: '许昌瑞祥电气有限公司' }, asOf: '2020-05-01', outcome: 'insufficientData' },
  ])('$name → $outcome', ({ values, asOf, outcome, ...expected }) => {
    const rule = ruleOf(values, asOf, 'approvedUnsupplied.noSupply');
    expect(rule?.outcome).toBe(outcome);
    if ('actual' in expected) expect(rule?.actual).toBe(expected.actual);
    if ('note' in expected) expect(rule?.note).toBe(expected.note);
    if (outcome === 'insufficientData') expect(rule?.missing).toEqual(['approvalDate', 'supplyDate']);
  });
});

describe('政府储备 (reserve.landBank)', () => {
  it.each([
    { values: { landholder: '许昌市土地储备中心' }, outcome: 'fired' },
    { values: { landReserve: true }, outcome: 'fired' },
    { values: { landholder: '许昌瑞祥电气有限公司' }, outcome: 'passed' },
  ])('$values → $outcome', ({ values, outcome }) => {
    expect(ruleOf(values, '2023-01-01', 'reserve.landBank')?.outcome).toBe(outcome);
  });
});

describe('闲置: not started a full year after the agreed start (idle.notStarted)', () => {
  const supplied = { supplyDate: '2019-06-01', agreedStartDate: '2020-03-15' };
  it.each([
    { asOf: '2021-03-14', outcome: 'passed', actual: 364 },
    { asOf: '2021-03-15', outcome: 'fired', actual: 365 },
    { asOf: '2021-03-16', outcome: 'fired', actual: 366 },
  ])('as of $asOf: $actual days against 365 → $outcome', ({ asOf, outcome, actual }) => {
    const rule = ruleOf(supplied, asOf, 'idle.notStarted');
    expect(rule).toMatchObject({ outcome, actual, threshold: 365, unit: 'day', comparison: '>=', thresholdSource: 'project' });
  });

  it('counts the full year to the calendar anniversary (29 Feb → 28 Feb)', () => {
    const values = { supplyDate: '2019-06-01', agreedStartDate: '2020-02-29' };
    expect(ruleOf(values, '2021-02-27', 'idle.notStarted')?.outcome).toBe('passed');
    expect(ruleOf(values, '2021-02-28', 'idle.notStarted')).toMatchObject({ outcome: 'fired', threshold: 365 });
  });

  it.each([
    { name: 'started (even late)', values: { ...supplied, actualStartDate: '2021-06-01' }, outcome: 'passed' },
    { name: 'started only after the as-of date', values: { ...supplied, actualStartDate: '2023-06-01' }, outcome: 'fired' },
    { name: 'no agreed start date', values: { supplyDate: '2019-06-01' }, outcome: 'insufficientData' },
    { name: 'not supplied', values: { approvalDate: '2019-01-01' }, outcome: 'notApplicable' },
  ])('$name → $outcome', ({ values, outcome }) => {
    expect(ruleOf(values, '2022-01-01', 'idle.notStarted')?.outcome).toBe(outcome);
  });

  it('takes the years from a park override and names it', () => {
    const ruleSet: RuleSet = { ...XUCHANG_DEFAULT_RULE_SET, overrides: [{ id: 'park:禹州', park: '禹州市产业集聚区', thresholds: { idleNotStartedYears: 2 } }] };
    const values = { ...supplied, park: '禹州市产业集聚区' };
    expect(ruleOf(values, '2022-03-14', 'idle.notStarted', ruleSet)).toMatchObject({ outcome: 'passed', threshold: 730, thresholdSource: 'park:禹州' });
    expect(ruleOf(values, '2022-03-15', 'idle.notStarted', ruleSet)?.outcome).toBe('fired');
    expect(ruleOf({ ...supplied, park: '长葛市产业集聚区' }, '2021-03-15', 'idle.notStarted', ruleSet)?.outcome).toBe('fired');
  });
});

describe('闲置: stopped a year with little developed (idle.stalledDevelopedArea / idle.stalledInvestment)', () => {
  const started = { supplyDate: '2018-03-01', agreedStartDate: '2018-09-01', actualStartDate: '2019-01-01', constructionStoppedDate: '2022-06-01' };

  it.each([
    { developed: 3333, outcome: 'fired' },
    { developed: 3334, outcome: 'passed' },
    { developed: 0, outcome: 'fired' },
  ])('developed $developed m² of 10 000 against 1/3 → $outcome', ({ developed, outcome }) => {
    const rule = ruleOf({ ...started, developedAreaSquareMeters: developed }, '2023-06-01', 'idle.stalledDevelopedArea');
    expect(rule).toMatchObject({ outcome, actual: developed / SITE_SQUARE_METERS, threshold: 1 / 3, unit: 'share', comparison: '<' });
    expect(rule?.condition).toEqual({ name: 'stoppedDays', actual: 365, threshold: 365, unit: 'day' });
  });

  it('exactly one third of the due area passes (3 000 of 9 000 m²)', () => {
    const at = ruleOf({ ...started, developedAreaSquareMeters: 3000, dueAreaSquareMeters: 9000 }, '2023-06-01', 'idle.stalledDevelopedArea');
    expect(at?.outcome).toBe('passed');
    expect(ruleOf({ ...started, developedAreaSquareMeters: 2999, dueAreaSquareMeters: 9000 }, '2023-06-01', 'idle.stalledDevelopedArea')?.outcome).toBe('fired');
  });

  it.each([
    { asOf: '2023-05-31', outcome: 'passed', days: 364 },
    { asOf: '2023-06-01', outcome: 'fired', days: 365 },
    { asOf: '2023-06-02', outcome: 'fired', days: 366 },
  ])('stopped $days days against a full year (365) → $outcome', ({ asOf, outcome, days }) => {
    const rule = ruleOf({ ...started, developedAreaSquareMeters: 100 }, asOf, 'idle.stalledDevelopedArea');
    expect(rule).toMatchObject({ outcome, condition: { actual: days, threshold: 365 } });
  });

  it('does not fire before development has stopped a full year', () => {
    const rule = ruleOf({ ...started, developedAreaSquareMeters: 100 }, '2023-05-31', 'idle.stalledDevelopedArea');
    expect(rule).toMatchObject({ outcome: 'passed', note: 'stoppedShort', condition: { actual: 364, threshold: 365 } });
  });

  it.each([
    { invested: 249, outcome: 'fired' },
    { invested: 250, outcome: 'passed' },
    { invested: 251, outcome: 'passed' },
  ])('invested $invested of 1 000 万元 against 25% → $outcome', ({ invested, outcome }) => {
    const values = { ...started, contractedInvestment: 1000, 'economics.2019.fixedInvestment': invested - 100, 'economics.2020.fixedInvestment': 100 };
    expect(ruleOf(values, '2023-06-01', 'idle.stalledInvestment')).toMatchObject({ outcome, actual: invested / 1000, threshold: 0.25 });
  });

  it.each([
    { name: 'no stop date', values: { ...started, constructionStoppedDate: null }, ruleId: 'idle.stalledDevelopedArea', missing: ['constructionStoppedDate'] },
    { name: 'no developed area', values: started, ruleId: 'idle.stalledDevelopedArea', missing: ['developedAreaSquareMeters'] },
    { name: 'no investment figures', values: { ...started, contractedInvestment: 1000 }, ruleId: 'idle.stalledInvestment', missing: ['fixedInvestment'] },
    { name: 'no contracted total', values: { ...started, 'economics.2020.fixedInvestment': 10 }, ruleId: 'idle.stalledInvestment', missing: ['contractedInvestment'] },
  ] as const)('$name → insufficient data', ({ values, ruleId, missing }) => {
    expect(ruleOf(values, '2023-06-01', ruleId)).toMatchObject({ outcome: 'insufficientData', missing });
  });

  it.each([
    { name: 'completed', values: { ...started, completionDate: '2021-01-01' }, note: 'completed' },
    { name: 'producing', values: { ...started, 'economics.2022.revenue': 500 }, note: 'producing' },
    { name: 'not started', values: { ...started, actualStartDate: null }, note: 'notStarted' },
  ])('$name → not applicable', ({ values, note }) => {
    expect(ruleOf(values, '2023-06-01', 'idle.stalledDevelopedArea')).toMatchObject({ outcome: 'notApplicable', note });
  });
});
