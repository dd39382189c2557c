import { describe, expect, it } from 'vitest';
import { SQUARE_METERS_PER_MU } from '../geodesy/area-units.ts';
import { computeIndicators } from './indicators.ts';

const SITE = 20 * SQUARE_METERS_PER_MU; // 20 亩

describe('computeIndicators', () => {
  it('computes floor-area ratio with storeys over 8 m counted twice, coverage and density in %', () => {
    const result = computeIndicators({
      floorAreaSquareMeters: 12000, tallStoreyFloorAreaSquareMeters: 2000,
      buildingFootprintSquareMeters: 5000, structureYardSquareMeters: 1000, greenAreaSquareMeters: 1000,
    }, SITE);
    expect(result.floorAreaRatio.value).toBeCloseTo(14000 / SITE, 12);
    expect(result.buildingCoverage.value).toBeCloseTo((6000 / SITE) * 100, 10);
    expect(result.buildingDensity.value).toBeCloseTo((5000 / SITE) * 100, 10);
    expect(result.greenRatio.value).toBeCloseTo((1000 / SITE) * 100, 10);
  });

  it('uses the latest year for tax and revenue per 亩 and sums investment over years', () => {
    const result = computeIndicators({
      'economics.2023.tax': 300, 'economics.2024.tax': 500, 'economics.2024.revenue': 8000,
      'economics.2023.fixedInvestment': 4000, 'economics.2024.fixedInvestment': 2000,
    }, SITE);
    expect(result.taxPerMu).toEqual({ value: 25, unit: 'wanYuanPerMu', year: 2024 });
    expect(result.revenuePerMu.value).toBeCloseTo(400, 10);
    expect(result.investmentIntensity.value).toBeCloseTo(300, 10);
  });

  it('leaves an indicator undefined when its inputs are missing or invalid, never zero', () => {
    const result = computeIndicators({ floorAreaSquareMeters: 'abc', 'economics.2024.tax': null }, SITE);
    expect(result.floorAreaRatio.value).toBeUndefined();
    expect(result.taxPerMu.value).toBeUndefined();
    expect(computeIndicators({ floorAreaSquareMeters: 100 }, 0).floorAreaRatio.value).toBeUndefined();
  });
});
