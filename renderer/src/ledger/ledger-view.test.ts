import { describe, expect, it } from 'vitest';
import type { FieldValues } from '../../../shared/survey/field-value.ts';
import { parcelRow, type ParcelRow } from '../../../shared/survey/parcel-rows.ts';
import { visibleColumns } from './ledger-columns.ts';
import { LedgerView, type LedgerFilters, type LedgerSort } from './ledger-view.ts';

function createRow(id: string, area: number, values: FieldValues): ParcelRow {
  return parcelRow(id, 'layer', values, area, [0, 0, 1, 1]);
}

function createRows(): ParcelRow[] {
  return [
    createRow('a', 5000, { parcelCode: 'GB003', landholder: '许昌金星发制品有限公司', park: '长葛市产业集聚区', parcelClass: 'idle' }),
    createRow('b', 1100, { parcelCode: 'GB001', landholder: '安阳钢铁', park: '禹州市产业集聚区', supervisedListing: true, surveyStatus: 'reviewed' }),
    createRow('c', 80_000, { parcelCode: 'gb002', landholder: '', park: '长葛市产业集聚区', parcelClass: 'inefficient' }),
    createRow('d', 666.67, { parcelCode: 'XY004', landholder: '郑州宇通', park: '禹州市产业集聚区', parcelClass: 'idle', disposalDeadline: '2024-06-30' }),
  ];
}

function shown(rows: ParcelRow[], sort?: LedgerSort, filters: LedgerFilters = {}, view = new LedgerView(new Intl.Collator('zh-CN').compare)): string[] {
  return [...view.positions(rows, sort, filters)].map((i) => (rows[i] as ParcelRow).parcelId);
}

describe('LedgerView', () => {
  it('keeps the stored order without a sort', () => {
    expect(shown(createRows())).toEqual(['a', 'b', 'c', 'd']);
  });

  it('sorts Chinese text by pinyin, blanks last', () => {
    expect(shown(createRows(), { column: 'landholder', direction: 'asc' })).toEqual(['b', 'a', 'd', 'c']);
    expect(shown(createRows(), { column: 'landholder', direction: 'desc' })).toEqual(['d', 'a', 'b', 'c']);
  });

  it('sorts areas as numbers', () => {
    expect(shown(createRows(), { column: 'areaSquareMeters', direction: 'asc' })).toEqual(['d', 'b', 'a', 'c']);
    expect(shown(createRows(), { column: 'areaMu', direction: 'desc' })).toEqual(['c', 'a', 'b', 'd']);
  });

  it('sorts classes in their list order and flags yes first', () => {
    expect(shown(createRows(), { column: 'parcelClass', direction: 'asc' })).toEqual(['a', 'd', 'c', 'b']);
    expect(shown(createRows(), { column: 'supervisedListing', direction: 'asc' })[0]).toBe('b');
  });

  it('filters text columns by "contains", ignoring case', () => {
    expect(shown(createRows(), undefined, { parcelCode: 'gb00' })).toEqual(['a', 'b', 'c']);
    expect(shown(createRows(), undefined, { landholder: '金星' })).toEqual(['a']);
  });

  it('filters numbers by a condition and ignores text that is not one', () => {
    expect(shown(createRows(), undefined, { areaMu: '>= 1.8' })).toEqual(['a', 'c']);
    expect(shown(createRows(), undefined, { areaSquareMeters: '1000-6000' })).toEqual(['a', 'b']);
    expect(shown(createRows(), undefined, { areaSquareMeters: 'big' })).toEqual(['a', 'b', 'c', 'd']);
  });

  it('filters lists and flags by value, and combines filters with a sort', () => {
    expect(shown(createRows(), undefined, { parcelClass: 'idle' })).toEqual(['a', 'd']);
    expect(shown(createRows(), undefined, { supervisedListing: 'yes' })).toEqual(['b']);
    expect(shown(createRows(), undefined, { supervisedListing: 'no' })).toEqual(['a', 'c', 'd']);
    expect(shown(createRows(), { column: 'areaSquareMeters', direction: 'desc' }, { park: '长葛' })).toEqual(['c', 'a']);
  });

  it('sees the new values when the rows array is replaced after an edit', () => {
    const view = new LedgerView(new Intl.Collator('zh-CN').compare);
    const rows = createRows();
    expect(shown(rows, { column: 'landholder', direction: 'asc' }, {}, view)).toEqual(['b', 'a', 'd', 'c']);
    const edited = [...rows];
    edited[2] = createRow('c', 80_000, { parcelCode: 'gb002', landholder: '阿里巴巴' });
    expect(shown(edited, { column: 'landholder', direction: 'asc' }, {}, view)).toEqual(['c', 'b', 'a', 'd']);
    expect(shown(edited, undefined, { landholder: '阿里' }, view)).toEqual(['c']);
  });

  it('sorts and filters 100,000 rows quickly', () => {
    const rows = Array.from({ length: 100_000 }, (_, i) => createRow(`p${i}`, ((i * 7919) % 100_000) + 0.5, {
      parcelCode: `411002${String((i * 104_729) % 1_000_000).padStart(6, '0')}GB${i}`, landholder: `许昌${i % 977}号公司`,
    }));
    const view = new LedgerView(new Intl.Collator('zh-CN').compare);
    const started = performance.now();
    const byArea = view.positions(rows, { column: 'areaSquareMeters', direction: 'asc' }, {});
    const filtered = view.positions(rows, { column: 'areaSquareMeters', direction: 'asc' }, { parcelCode: '0012' });
    const elapsed = performance.now() - started;
    const areas = Array.from(byArea, (i) => (rows[i] as ParcelRow).areaSquareMeters);
    expect(areas.every((area, p) => p === 0 || area >= (areas[p - 1] as number))).toBe(true);
    expect(areas).toHaveLength(rows.length);
    expect(filtered.length).toBe(rows.filter((r) => r.parcelCode.toLowerCase().includes('0012')).length);
    expect(elapsed).toBeLessThan(2_000);
  });
});

describe('visibleColumns', () => {
  it('keeps known saved keys in display order, and shows all when nothing valid is saved', () => {
    expect(visibleColumns(['areaMu', 'parcelCode', 'unknown'])).toEqual(['parcelCode', 'areaMu']);
    expect(visibleColumns(undefined)).toHaveLength(12);
    expect(visibleColumns([])).toHaveLength(12);
  });
});
