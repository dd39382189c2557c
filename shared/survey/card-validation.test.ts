import { describe, expect, it } from 'vitest';
import { statusMoveIssues, validateCard, validateValue } from './card-validation.ts';

describe('validateValue', () => {
  it.each([
    ['grantTermYears', 50, []],
    ['grantTermYears', 70, []],
    ['grantTermYears', 71, ['aboveMax']],
    ['grantTermYears', -1, ['belowMin']],
    ['floorAreaSquareMeters', '12a', ['notANumber']],
    ['supplyDate', '2021-02-30', ['invalidDate']],
    ['supplyDate', '2021-02-28', []],
    ['supplyMethod', 'agreement', []],
    ['supplyMethod', 'gift', ['unknownChoice']],
    ['economics.2024.tax', -5, ['belowMin']],
    ['notes', '', []],
  ] as const)('%s = %j → %j', (key, value, codes) => {
    expect(validateValue(key, value).map((issue) => issue.code)).toEqual(codes);
  });
});

describe('validateCard', () => {
  it('flags an actual start before supply, naming the earlier date', () => {
    const issues = validateCard({ supplyDate: '2020-05-01', actualStartDate: '2020-04-30' }, 10000);
    expect(issues).toEqual([{ field: 'actualStartDate', code: 'dateOrder', params: { other: 'supplyDate' } }]);
    expect(validateCard({ supplyDate: '2020-05-01', actualStartDate: '2020-05-01' }, 10000)).toEqual([]);
  });

  it('flags a footprint larger than the site and an override without a reason', () => {
    const codes = validateCard({ buildingFootprintSquareMeters: 10001, classOverride: 'idle' }, 10000).map((i) => i.code);
    expect(codes).toEqual(['exceedsSiteArea', 'reasonRequired']);
  });
});

describe('statusMoveIssues', () => {
  const complete = { parcelCode: '411002001001GB00001', landholder: '许昌某公司', park: '魏都产业集聚区', surveyDate: '2026-11-20' };

  it('lets a complete card move forward', () => {
    expect(statusMoveIssues('unsurveyed', 'surveyed', complete, 10000)).toEqual([]);
  });

  it('names each required field that is empty', () => {
    const issues = statusMoveIssues('unsurveyed', 'surveyed', { ...complete, landholder: '', surveyDate: null }, 10000);
    expect(issues.map((i) => [i.field, i.code])).toEqual([['landholder', 'required'], ['surveyDate', 'required']]);
  });

  it('refuses moves outside the workflow', () => {
    expect(statusMoveIssues('unsurveyed', 'reviewed', complete, 10000)[0]?.code).toBe('statusMove');
  });
});
