import { describe, expect, it } from 'vitest';
import { EXPORT_PARCEL_SPECS, exportParcels } from '../../tests/fixtures/export-parcels.ts';
import { availableLandFromParcels, buildAvailableLandList, type AvailableLandInput } from './available-land-list.ts';

const increment: AvailableLandInput = {
  id: 'plan-1', parcelCode: 'XZ-2021-01', name: '电气谷三期', park: '魏都产业集聚区', source: 'plannedIncrement', areaSquareMeters: 40000,
  landCostWanYuan: 1800, supplyConditions: '净地，五通一平', procedure: '挂牌出让', expectedCycleMonths: 6, plannedSupplyDate: '2021-09',
};

describe('buildAvailableLandList', () => {
  it('takes stock parcels by their class (批而未供, 闲置, 低效, 储备), never 正常 or 未调查', () => {
    const inputs = availableLandFromParcels(exportParcels());
    const expected = EXPORT_PARCEL_SPECS.filter((s) => ['approvedUnsupplied', 'idle', 'inefficient', 'reserve'].includes(s.parcelClass));
    expect(inputs.map((i) => [i.parcelCode, i.source]).sort()).toEqual(expected.map((s) => [s.code, s.parcelClass]).sort());
  });

  it('orders by park, then source (stock before increment), then code; numbers the items from 1', () => {
    const list = buildAvailableLandList([...availableLandFromParcels(exportParcels()), increment], { year: 2021, parkOrder: ['魏都产业集聚区', '长葛市产业集聚区'] });
    expect(list.items.map((i) => [i.serial, i.parcelCode])).toEqual([
      [1, 'A1'], [2, 'A3'], [3, 'A2'], [4, 'XZ-2021-01'], [5, 'B1'], [6, 'B2'], [7, 'C1'],
    ]);
  });

  it('flags items missing cost, conditions, procedure or cycle instead of treating them as zero', () => {
    const details = new Map([['L:0', { landCostWanYuan: 0, supplyConditions: '净地', procedure: '收回后招拍挂', expectedCycleMonths: 12 }]]);
    const list = buildAvailableLandList([...availableLandFromParcels(exportParcels(), details), increment], { year: 2021 });
    const byCode = new Map(list.items.map((i) => [i.parcelCode, i]));
    expect(byCode.get('A1')!.missing).toEqual([]);
    expect(byCode.get('XZ-2021-01')!.missing).toEqual([]);
    expect(byCode.get('A2')!.missing).toEqual(['landCostWanYuan', 'supplyConditions', 'procedure', 'expectedCycleMonths']);
  });

  it('keeps only the chosen sources and totals count, area and cost per source', () => {
    const parcels = exportParcels();
    const list = buildAvailableLandList([...availableLandFromParcels(parcels), increment], { year: 2021, sources: ['idle', 'plannedIncrement'] });
    expect(list.items.map((i) => i.source).sort()).toEqual(['idle', 'idle', 'plannedIncrement']);
    const idleArea = parcels.filter((p) => p.row.parcelClass === 'idle').reduce((s, p) => s + p.row.areaSquareMeters, 0);
    expect(list.bySource.idle).toEqual({ count: 2, areaSquareMeters: idleArea, landCostWanYuan: 0 });
    expect(list.bySource.plannedIncrement).toEqual({ count: 1, areaSquareMeters: 40000, landCostWanYuan: 1800 });
    expect(list.bySource.inefficient.count).toBe(0);
  });
});
