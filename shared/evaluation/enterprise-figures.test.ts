import { describe, expect, it } from 'vitest';
import { enterpriseFiguresFromParcels, type EnterpriseParcel } from './enterprise-figures.ts';
import { HENAN_ABC_SCHEME } from './enterprise-presets.ts';
import { evaluateEnterprises } from './enterprise-score.ts';

const M2_PER_MU = 10000 / 15;

describe('enterpriseFiguresFromParcels', () => {
  const parcels: EnterpriseParcel[] = [
    { landholder: '许昌瑞祥电气有限公司', areaSquareMeters: 20 * M2_PER_MU, values: { 'economics.2023.tax': 400, 'economics.2023.revenue': 6000, 'economics.2023.employees': 100 } },
    { landholder: '许昌瑞祥电气有限公司', areaSquareMeters: 10 * M2_PER_MU, values: { 'economics.2023.tax': 200, 'economics.2023.revenue': 3000, 'economics.2023.employees': 50 } },
    { landholder: '长葛市黄河机械厂', areaSquareMeters: 30 * M2_PER_MU, values: { 'economics.2023.tax': 150 } },
    { landholder: '', areaSquareMeters: 5 * M2_PER_MU, values: { 'economics.2023.tax': 1 } },
  ];

  it('adds up an enterprise\'s parcels before dividing by its 亩', () => {
    const [ruixiang, huanghe] = enterpriseFiguresFromParcels(parcels, 2023);
    expect(ruixiang?.id).toBe('许昌瑞祥电气有限公司');
    expect(ruixiang?.values.taxPerMu).toBeCloseTo(20, 9);
    expect(ruixiang?.values.revenuePerMu).toBeCloseTo(300, 9);
    expect(ruixiang?.values.revenuePerEmployee).toBeCloseTo(60, 9);
    expect(huanghe?.values.taxPerMu).toBeCloseTo(5, 9);
    expect(huanghe?.values.revenuePerMu).toBeUndefined();
  });

  it('feeds the Henan scheme: the higher tax per mu ranks first', () => {
    const result = evaluateEnterprises(HENAN_ABC_SCHEME, enterpriseFiguresFromParcels(parcels, 2023));
    expect(result.map((e) => [e.id, e.rank])).toEqual([['许昌瑞祥电气有限公司', 1], ['长葛市黄河机械厂', 2]]);
    expect(enterpriseFiguresFromParcels(parcels, 2022).every((e) => e.values.taxPerMu === undefined)).toBe(true);
  });
});
