import { describe, expect, it } from 'vitest';
import { HENAN_ABC_SCHEME, HUAIAN_ABCD_SCHEME } from '../../../shared/evaluation/enterprise-presets.ts';
import { enterpriseView, evaluationYears, type IdentifiedParcel } from './enterprise-view.ts';

const M2_PER_MU = 10000 / 15;

/** Firms 甲…: 甲 has two parcels (10 + 10 亩), the others one of 10 亩; tax per mu 30, 20, 10, and 丁 without figures. */
function createParcels(): IdentifiedParcel[] {
  const parcel = (parcelId: string, landholder: string, tax: number | undefined): IdentifiedParcel => ({
    parcelId, landholder, areaSquareMeters: 10 * M2_PER_MU, values: tax === undefined ? {} : { 'economics.2024.tax': tax, 'economics.2023.tax': tax / 2, 'economics.2024.revenue': tax * 10 },
  });
  return [parcel('p1', '甲公司', 300), parcel('p2', '甲公司', 300), parcel('p3', '乙公司', 200), parcel('p4', '丙公司', 100), parcel('p5', '丁公司', undefined), parcel('p6', '', 500)];
}

describe('enterpriseView', () => {
  it('ranks landholders by score with their parcels and 亩, unscored ones last', () => {
    const view = enterpriseView(HENAN_ABC_SCHEME, createParcels(), 2024);
    expect(view.lines.map((l) => [l.result.id, l.result.rank, l.parcelIds.join()])).toEqual([
      ['甲公司', 1, 'p1,p2'], ['乙公司', 2, 'p3'], ['丙公司', 3, 'p4'], ['丁公司', undefined, 'p5'],
    ]);
    expect(view.lines[0]?.areaMu).toBeCloseTo(20, 9);
    // 亩均税收 30, 20, 10 against their mean 20: 150, 100, 50 points.
    expect(view.lines.map((l) => l.result.score)).toEqual([150, 100, 50, undefined]);
    expect(view.scored).toBe(3);
    expect(view.missingByIndicator).toEqual({ taxPerMu: 1 });
  });

  it('counts per indicator the enterprises it cannot score', () => {
    const view = enterpriseView(HUAIAN_ABCD_SCHEME, createParcels(), 2024);
    expect(view.scored).toBe(0);
    expect(view.missingByIndicator).toEqual({ taxPerMu: 1, revenuePerMu: 1, greenIndicator: 4 });
  });

  it('offers the years with figures, newest first', () => {
    expect(evaluationYears(createParcels())).toEqual([2024, 2023]);
  });
});
