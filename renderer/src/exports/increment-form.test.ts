import { describe, expect, it } from 'vitest';
import { incrementForm, parseIncrementForm } from './increment-form.ts';

describe('planned-increment form', () => {
  const filled = { ...incrementForm(), parcelCode: 'ZL-2025-01', name: '装备制造产业园二期', park: '魏都产业集聚区', areaMu: '30', landCostWanYuan: '4500', procedure: '招拍挂出让' };

  it('stores the area typed in 亩 as m² and keeps the details', () => {
    const { increment, problems } = parseIncrementForm(filled, 'inc-1', new Set());
    expect(problems).toEqual([]);
    expect(increment).toMatchObject({ id: 'inc-1', source: 'plannedIncrement', parcelCode: 'ZL-2025-01', park: '魏都产业集聚区', landCostWanYuan: 4500, procedure: '招拍挂出让' });
    expect(increment?.areaSquareMeters).toBeCloseTo(20000, 9);
    expect(incrementForm(increment).areaMu).toBe('30');
  });

  it('needs a code not yet on the list and an area above zero', () => {
    expect(parseIncrementForm({ ...filled, parcelCode: ' ' }, 'x', new Set()).problems).toEqual([{ field: 'parcelCode', code: 'required' }]);
    expect(parseIncrementForm(filled, 'x', new Set(['ZL-2025-01'])).problems).toEqual([{ field: 'parcelCode', code: 'duplicate' }]);
    expect(parseIncrementForm({ ...filled, areaMu: '0' }, 'x', new Set()).problems).toEqual([{ field: 'areaMu', code: 'negative' }]);
    expect(parseIncrementForm({ ...filled, areaMu: '' }, 'x', new Set()).problems).toEqual([{ field: 'areaMu', code: 'required' }]);
    expect(parseIncrementForm({ ...filled, areaMu: '三十' }, 'x', new Set()).increment).toBeUndefined();
  });
});
