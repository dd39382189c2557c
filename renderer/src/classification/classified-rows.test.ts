import { describe, expect, it } from 'vitest';
import { parcelRow, type ParcelRow } from '../../../shared/survey/parcel-rows.ts';
import type { DerivedParcel } from './classification-store.ts';
import { classifiedRows } from './classified-rows.ts';

function createRows(): ParcelRow[] {
  return ['a', 'b', 'c'].map((id) => parcelRow(id, 'L', { park: '经济技术开发区' }, 1000, [0, 0, 1, 1]));
}

const derived = (parcelClass: DerivedParcel['parcelClass'], park = ''): DerivedParcel => ({ parcelClass, park, taxWanYuan: undefined });

describe('classifiedRows', () => {
  it('gives each row its derived class and preset park, keeping rows without a change as they are', () => {
    const rows = createRows();
    const out = classifiedRows(rows, new Map([['a', derived('idle', '市经济技术产业集聚区')], ['b', derived('unsurveyed')]]), new WeakMap());
    expect(out.map((r) => [r.parcelClass, r.park])).toEqual([
      ['idle', '市经济技术产业集聚区'], ['unsurveyed', '经济技术开发区'], ['unsurveyed', '经济技术开发区'],
    ]);
    expect(out[1]).toBe(rows[1]);
    expect(out[2]).toBe(rows[2]);
  });

  it('returns the same derived row while base row and figures stay, a new one when the class changes', () => {
    const rows = createRows();
    const cache = new WeakMap<ParcelRow, ParcelRow>();
    const first = classifiedRows(rows, new Map([['a', derived('idle')]]), cache);
    expect(classifiedRows(rows, new Map([['a', derived('idle')]]), cache)[0]).toBe(first[0]);
    const changed = classifiedRows(rows, new Map([['a', derived('inefficient')]]), cache);
    expect(changed[0]).not.toBe(first[0]);
    expect(changed[0]?.parcelClass).toBe('inefficient');
  });
});
