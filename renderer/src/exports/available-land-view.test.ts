import { describe, expect, it } from 'vitest';
import type { ParcelClass } from '../../../shared/survey/card-enums.ts';
import { parcelRow, type ParcelRow } from '../../../shared/survey/parcel-rows.ts';
import { AVAILABLE_LAND_DETAIL_KEYS } from './available-land-fields.ts';
import type { PlannedIncrement } from './available-land-store.ts';
import { availableLandScreenList, listTotals } from './available-land-view.ts';

const MU = 10000 / 15;
function createRow(id: string, parcelClass: ParcelClass, park: string, mu: number): ParcelRow {
  return parcelRow(id, 'L', { parcelCode: `C-${id}`, park, classOverride: parcelClass, landholder: `${id}公司` }, mu * MU, [113, 34, 113.1, 34.1]);
}
const increment: PlannedIncrement = {
  id: 'inc', source: 'plannedIncrement', parcelCode: 'Z-01', park: '魏都产业集聚区', areaSquareMeters: 40 * MU,
  landCostWanYuan: 2000, supplyConditions: '净地', procedure: '挂牌出让', expectedCycleMonths: 6,
};

describe('the annual list on screen', () => {
  const rows = [
    createRow('a', 'idle', '魏都产业集聚区', 10), createRow('b', 'efficient', '魏都产业集聚区', 50),
    createRow('c', 'approvedUnsupplied', '禹州市产业集聚区', 20), createRow('d', 'reserve', '魏都产业集聚区', 5), createRow('e', 'unsurveyed', '', 7),
  ];
  const values = new Map([['a', { [AVAILABLE_LAND_DETAIL_KEYS.landCostWanYuan]: 300, [AVAILABLE_LAND_DETAIL_KEYS.procedure]: '收回后出让' }]]);

  it('lists stock by the class each row shows, then the planned increments, parks in the preset order', () => {
    const list = availableLandScreenList(rows, values, [increment], { year: 2025, parkOrder: ['禹州市产业集聚区', '魏都产业集聚区'] });
    expect(list.items.map((i) => [i.serial, i.parcelCode, i.source])).toEqual([
      [1, 'C-c', 'approvedUnsupplied'], [2, 'C-a', 'idle'], [3, 'C-d', 'reserve'], [4, 'Z-01', 'plannedIncrement'],
    ]);
    expect(list.items[1]).toMatchObject({ landCostWanYuan: 300, procedure: '收回后出让', landholder: 'a公司' });
    expect(list.items[1]?.missing).toEqual(['supplyConditions', 'expectedCycleMonths']);
    expect(list.items[3]?.missing).toEqual([]);
  });

  it('keeps one park when asked, and totals 亩, known cost and incomplete items', () => {
    const list = availableLandScreenList(rows, values, [increment], { year: 2025, park: '魏都产业集聚区' });
    expect(list.items.map((i) => i.parcelCode)).toEqual(['C-a', 'C-d', 'Z-01']);
    const totals = listTotals(list);
    expect(totals.count).toBe(3);
    expect(totals.areaMu).toBeCloseTo(55, 9);
    expect(totals.costWanYuan).toBe(2300);
    expect(totals.missing).toBe(2);
  });
});
