import { describe, expect, it } from 'vitest';
import { AVAILABLE_LAND_DETAIL_KEYS, detailChanges, detailsForm, detailsFromValues, parseDecimal, parseDetailsForm, type DetailsForm } from './available-land-fields.ts';

const form = (patch: Partial<DetailsForm> = {}): DetailsForm => ({
  landCostWanYuan: '', supplyConditions: '', procedure: '', expectedCycleMonths: '', plannedSupplyDate: '', notes: '', ...patch,
});

describe('available-land details stored on a parcel', () => {
  it('reads the stored details from the parcel values, empty ones as empty', () => {
    const values = { [AVAILABLE_LAND_DETAIL_KEYS.landCostWanYuan]: 1250.5, [AVAILABLE_LAND_DETAIL_KEYS.procedure]: '收回后招拍挂出让', landholder: '甲公司' };
    expect(detailsFromValues(values)).toEqual({
      landCostWanYuan: 1250.5, supplyConditions: '', procedure: '收回后招拍挂出让', expectedCycleMonths: null, plannedSupplyDate: null, notes: '',
    });
  });

  it('turns a form into only the fields that changed, cleared ones as null', () => {
    const values = { [AVAILABLE_LAND_DETAIL_KEYS.landCostWanYuan]: 800, [AVAILABLE_LAND_DETAIL_KEYS.notes]: '旧备注' };
    const { details, problems } = parseDetailsForm({ ...detailsForm(detailsFromValues(values)), landCostWanYuan: '900', notes: '', expectedCycleMonths: '6' });
    expect(problems).toEqual([]);
    expect(detailChanges(values, details)).toEqual([
      { field: 'availableLand.landCostWanYuan', oldValue: 800, newValue: 900 },
      { field: 'availableLand.expectedCycleMonths', oldValue: null, newValue: 6 },
      { field: 'availableLand.notes', oldValue: '旧备注', newValue: null },
    ]);
  });

  it('reads numbers typed with full-width digits and thousands commas', () => {
    expect(parseDecimal('１，２００．５')).toBe(1200.5);
    expect(parseDecimal('1,200')).toBe(1200);
    expect(parseDecimal('  ')).toBeNull();
    expect(parseDecimal('一千')).toBeUndefined();
  });

  it.each([
    ['landCostWanYuan', '-0.01', 'negative'], ['landCostWanYuan', 'abc', 'notANumber'], ['expectedCycleMonths', '121', 'notWhole'],
    ['expectedCycleMonths', '6.5', 'notWhole'], ['expectedCycleMonths', '-1', 'notWhole'], ['plannedSupplyDate', '2025-13', 'badDate'],
    ['plannedSupplyDate', '2025/06', 'badDate'],
  ] as const)('refuses %s = %s (%s)', (field, text, code) => {
    expect(parseDetailsForm(form({ [field]: text })).problems).toEqual([{ field, code }]);
  });

  it.each([
    ['landCostWanYuan', '0'], ['expectedCycleMonths', '0'], ['expectedCycleMonths', '120'], ['plannedSupplyDate', '2025-06'], ['plannedSupplyDate', '2025-06-30'],
  ] as const)('accepts %s = %s at the edge', (field, text) => {
    expect(parseDetailsForm(form({ [field]: text })).problems).toEqual([]);
  });
});
