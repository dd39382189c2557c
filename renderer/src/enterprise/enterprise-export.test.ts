import { describe, expect, it } from 'vitest';
import { HENAN_ABC_SCHEME } from '../../../shared/evaluation/enterprise-presets.ts';
import { enterpriseWorkbook, type EnterpriseExportTexts } from './enterprise-export.ts';
import { enterpriseView, type IdentifiedParcel } from './enterprise-view.ts';

const M2_PER_MU = 10000 / 15;
const texts: EnterpriseExportTexts = {
  sheet: '亩均效益评价', rank: '排名', name: '企业', rankClass: '类别', score: '综合得分', parcels: '宗地数', area: '面积（亩）', missing: '缺少数据',
  indicator: (key) => `${key}（万元/亩）`,
};
const parcels: IdentifiedParcel[] = [
  { parcelId: 'a', landholder: '甲公司', areaSquareMeters: 15 * M2_PER_MU, values: { 'economics.2024.tax': 300 } },
  { parcelId: 'b', landholder: '乙公司', areaSquareMeters: 10 * M2_PER_MU, values: {} },
];

describe('enterpriseWorkbook', () => {
  it('writes the table as shown: rank, class, score, the figure, parcels, 亩 and what is missing', () => {
    const view = enterpriseView(HENAN_ABC_SCHEME, parcels, 2024);
    const [sheet] = enterpriseWorkbook(HENAN_ABC_SCHEME, 2024, view, texts).sheets;
    expect(sheet?.columns.map((c) => c.header)).toEqual(['排名', '企业', '类别', '综合得分', 'taxPerMu（万元/亩）', '宗地数', '面积（亩）', '缺少数据']);
    expect(sheet?.title).toBe(`亩均效益评价（${HENAN_ABC_SCHEME.name}，2024 年）`);
    const [first, second] = sheet?.rows ?? [];
    expect(first?.slice(0, 3)).toEqual([1, '甲公司', 'A']);
    expect(first?.[3]).toBeCloseTo(100, 9);
    expect(first?.[4]).toBeCloseTo(20, 9);
    expect(first?.slice(5, 6)).toEqual([1]);
    expect(first?.[6]).toBeCloseTo(15, 9);
    expect(second).toEqual([null, '乙公司', null, null, null, 1, expect.closeTo(10, 9), '亩均税收']);
  });
});
