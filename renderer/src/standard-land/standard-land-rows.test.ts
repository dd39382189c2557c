import { describe, expect, it } from 'vitest';
import { XUCHANG_STANDARD_LAND_SET } from '../../../shared/evaluation/standard-land-schema.ts';
import { standardLandRows, tallyStandardLand } from './standard-land-rows.ts';

const rowOf = (values: Record<string, string | number>, key: string) => standardLandRows(XUCHANG_STANDARD_LAND_SET, values).find((r) => r.indicator.key === key);

describe('standardLandRows', () => {
  it('lists the set\'s indicators in order with the keys the card stores', () => {
    const rows = standardLandRows(XUCHANG_STANDARD_LAND_SET, {});
    expect(rows.map((r) => r.indicator.key)).toEqual(XUCHANG_STANDARD_LAND_SET.indicators.map((i) => i.key));
    expect(rows[0]).toMatchObject({
      contractedKey: 'standardLand.contracted.investmentIntensity',
      actualKeys: { completion: 'standardLand.completion.investmentIntensity', production: 'standardLand.production.investmentIntensity' },
    });
  });

  it('decides at the indicator\'s own acceptance and checks the other stage only where a figure is recorded', () => {
    const values = { 'standardLand.contracted.floorAreaRatio': 1.2, 'standardLand.completion.floorAreaRatio': 1.1 };
    const far = rowOf(values, 'floorAreaRatio');
    expect(far?.checks.completion).toMatchObject({ outcome: 'fail', contracted: 1.2, actual: 1.1 });
    expect(far?.checks.production).toBeUndefined();
    const later = rowOf({ ...values, 'standardLand.production.floorAreaRatio': 1.3 }, 'floorAreaRatio');
    expect(later?.checks.production).toMatchObject({ outcome: 'pass', actual: 1.3 });
  });

  it('tallies the deciding checks: pending before acceptance, insufficient data after it without figures', () => {
    const rows = standardLandRows(XUCHANG_STANDARD_LAND_SET, {
      completionAcceptanceDate: '2024-05-01',
      'standardLand.contracted.investmentIntensity': 300, 'standardLand.completion.investmentIntensity': 320,
      'standardLand.completion.greenRatio': 25,
    });
    // Completion: 投资强度 pass, 绿地率 25 > 20 fail, 容积率/建筑系数/办公 insufficient; production: 3 pending.
    expect(tallyStandardLand(rows)).toEqual({ pass: 1, fail: 1, insufficientData: 3, pending: 3 });
  });
});
