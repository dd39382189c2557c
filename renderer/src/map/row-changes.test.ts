import { describe, expect, it } from 'vitest';
import { parcelRow, type ParcelRow } from '../../../shared/survey/parcel-rows.ts';
import { parkChanged, rowsWithChangedClass } from './row-changes.ts';

function createRow(id: string, values: Record<string, string> = {}): ParcelRow {
  return parcelRow(id, 'L', { park: '魏都产业集聚区', ...values }, 1000, [113.8, 34, 113.81, 34.01]);
}

function createRows(count: number): ParcelRow[] {
  return Array.from({ length: count }, (_, i) => createRow(`L:${i}`));
}

describe('rows whose class changed', () => {
  it('finds only the replaced rows whose class differs, not other replaced rows', () => {
    const before = createRows(5);
    const after = [...before];
    after[1] = createRow('L:1', { classOverride: 'idle' });
    after[3] = createRow('L:3', { landholder: '许昌某公司' });
    expect(rowsWithChangedClass(before, after).map((r) => [r.parcelId, r.parcelClass])).toEqual([['L:1', 'idle']]);
  });

  it('reports a class set back to 未调查 (undo), so the map can drop its colour', () => {
    const before = createRows(3);
    before[2] = createRow('L:2', { parcelClass: 'inefficient' });
    const after = [...before];
    after[2] = createRow('L:2');
    expect(rowsWithChangedClass(before, after).map((r) => [r.parcelId, r.parcelClass])).toEqual([['L:2', 'unsurveyed']]);
  });

  it('on first load returns classified rows and edited ones, none of the plain unsurveyed rest', () => {
    const rows = createRows(4);
    rows[0] = createRow('L:0', { parcelClass: 'reserve' });
    const ids = rowsWithChangedClass(undefined, rows, 'unsurveyed', new Set(['L:3'])).map((r) => r.parcelId);
    expect(ids).toEqual(['L:0', 'L:3']);
  });

  it('tells when a replaced row moved to another park', () => {
    const before = createRows(3);
    const sameClassOtherPark = [...before];
    sameClassOtherPark[0] = createRow('L:0', { park: '尚集产业集聚区' });
    expect(parkChanged(before, sameClassOtherPark)).toBe(true);
    const samePark = [...before];
    samePark[0] = createRow('L:0', { classOverride: 'idle' });
    expect(parkChanged(before, samePark)).toBe(false);
  });
});
