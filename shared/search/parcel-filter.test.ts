import { describe, expect, it } from 'vitest';
import type { FieldValues } from '../survey/field-value.ts';
import { parcelRow, type ParcelRow } from '../survey/parcel-rows.ts';
import { distinctValues, filterParcels, isFilterActive, isOverdue, localIsoDate, NO_FILTER, type ParcelFilter } from './parcel-filter.ts';
import { PinyinInitials } from './pinyin-initials.ts';
import { buildSearchKeys } from './search-keys.ts';

function createRow(id: string, values: FieldValues): ParcelRow {
  return parcelRow(id, 'layer', values, 1000, [113.8, 34.0, 113.81, 34.01]);
}

function createRows(): ParcelRow[] {
  return [
    createRow('a', { parcelCode: '411002001001GB00001', landholder: '许昌金星发制品有限公司', location: '许昌市魏都区瑞祥路12号', park: '市经济技术产业集聚区', parcelClass: 'idle', surveyStatus: 'surveyed' }),
    createRow('b', { parcelCode: '411082002001GB00002', landholder: '河南森源电气股份有限公司', location: '长葛市葛天大道８８号', park: '长葛市产业集聚区', parcelClass: 'inefficient' }),
    createRow('c', { parcelCode: '411082003001GB00003', landholder: '长葛鑫达金属制品有限公司', location: '长葛市钟繇大道5号', park: '长葛市产业集聚区', classOverride: 'reserve', parcelClass: 'idle', surveyStatus: 'pendingReview' }),
    createRow('d', { parcelCode: '411024004001GB00004', landholder: '', location: '鄢陵县花都大道1号', park: '鄢陵县产业集聚区' }),
  ];
}

const TODAY = '2025-03-15';

function ids(rows: ParcelRow[], filter: Partial<ParcelFilter>, today = TODAY): string[] {
  const keys = buildSearchKeys(rows, new PinyinInitials());
  return filterParcels(rows, keys, { ...NO_FILTER, ...filter }, today).map((i) => (rows[i] as ParcelRow).parcelId);
}

describe('filterParcels: text', () => {
  it('finds a substring of the parcel code, ignoring case', () => {
    expect(ids(createRows(), { query: 'gb00002' })).toEqual(['b']);
  });

  it('finds a part of the landholder or of the location', () => {
    expect(ids(createRows(), { query: '森源' })).toEqual(['b']);
    expect(ids(createRows(), { query: '钟繇大道' })).toEqual(['c']);
  });

  it('compares full-width and half-width characters alike', () => {
    expect(ids(createRows(), { query: '大道88号' })).toEqual(['b']);
  });

  it('requires every space-separated term', () => {
    expect(ids(createRows(), { query: '长葛 金属' })).toEqual(['c']);
    expect(ids(createRows(), { query: '长葛 金星' })).toEqual([]);
  });

  it('matches the pinyin initials of the landholder', () => {
    expect(ids(createRows(), { query: 'xcjx' })).toEqual(['a']);
    expect(ids(createRows(), { query: 'XCJX' })).toEqual(['a']);
    // 长葛 reads cháng gě here, not zhǎng.
    expect(ids(createRows(), { query: 'cgxd' })).toEqual(['c']);
  });

  it('does not match initials of the location or initials that are not consecutive', () => {
    expect(ids(createRows(), { query: 'hddd' })).toEqual([]);
    expect(ids(createRows(), { query: 'xjx' })).toEqual([]);
  });

  it('returns every row for a blank query', () => {
    expect(ids(createRows(), { query: '   ' })).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('filterParcels: filters', () => {
  it('keeps one park', () => {
    expect(ids(createRows(), { park: '长葛市产业集聚区' })).toEqual(['b', 'c']);
  });

  it('filters by the shown class: a manual override wins, no class is 未调查', () => {
    expect(ids(createRows(), { parcelClass: 'idle' })).toEqual(['a']);
    expect(ids(createRows(), { parcelClass: 'reserve' })).toEqual(['c']);
    expect(ids(createRows(), { parcelClass: 'unsurveyed' })).toEqual(['d']);
  });

  it('filters by survey status (none recorded is 未调查)', () => {
    expect(ids(createRows(), { surveyStatus: 'pendingReview' })).toEqual(['c']);
    expect(ids(createRows(), { surveyStatus: 'unsurveyed' })).toEqual(['b', 'd']);
  });

  it('combines text and filters', () => {
    expect(ids(createRows(), { query: '有限公司', park: '长葛市产业集聚区', parcelClass: 'inefficient' })).toEqual(['b']);
  });
});

describe('overdue disposal', () => {
  const deadlineRows = () => [
    createRow('yesterday', { disposalDeadline: '2025-03-14', disposalStatus: 'inProgress' }),
    createRow('today', { disposalDeadline: '2025-03-15', disposalStatus: 'planned' }),
    createRow('tomorrow', { disposalDeadline: '2025-03-16' }),
    createRow('disposed', { disposalDeadline: '2024-01-01', disposalStatus: 'disposed' }),
    createRow('none', {}),
    createRow('last-year', { disposalDeadline: '2024-12-31' }),
  ];

  it('is overdue from the day after the deadline, unless disposed', () => {
    expect(ids(deadlineRows(), { overdueOnly: true })).toEqual(['yesterday', 'last-year']);
  });

  it('a deadline of today is not overdue, yesterday is', () => {
    const [yesterday, today] = deadlineRows() as [ParcelRow, ParcelRow];
    expect(isOverdue(today, TODAY)).toBe(false);
    expect(isOverdue(yesterday, TODAY)).toBe(true);
    expect(isOverdue(today, '2025-03-16')).toBe(true);
  });
});

describe('helpers', () => {
  it('a filter with only blanks is not active; any criterion is', () => {
    expect(isFilterActive({ ...NO_FILTER, query: '  ' })).toBe(false);
    expect(isFilterActive({ ...NO_FILTER, overdueOnly: true })).toBe(true);
    expect(isFilterActive({ ...NO_FILTER, park: '鄢陵县产业集聚区' })).toBe(true);
  });

  it('gives the local calendar date', () => {
    expect(localIsoDate(new Date(2025, 0, 5, 23, 59))).toBe('2025-01-05');
  });

  it('lists distinct parks in Chinese (pinyin) order without blanks', () => {
    const rows = [...createRows(), createRow('e', {})];
    // ICU's zh-CN collation: 市 shì < 鄢 yān < 长 (zhǎng, its first listed reading).
    expect(distinctValues(rows, (r) => r.park, new Intl.Collator('zh-CN').compare))
      .toEqual(['市经济技术产业集聚区', '鄢陵县产业集聚区', '长葛市产业集聚区']);
  });
});
