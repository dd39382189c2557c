import { describe, expect, it } from 'vitest';
import { countParcelClasses } from './legend-counts.ts';

describe('legend counts', () => {
  it('counts parcels and sums their area per class, with zero for absent classes', () => {
    const counts = countParcelClasses([
      { parcelClass: 'idle', areaSquareMeters: 1000 },
      { parcelClass: 'idle', areaSquareMeters: 500 },
      { parcelClass: 'unsurveyed', areaSquareMeters: 10 },
      { parcelClass: 'reserve', areaSquareMeters: 20 },
    ]);
    expect(counts.idle).toEqual({ count: 2, areaSquareMeters: 1500 });
    expect(counts.unsurveyed.count).toBe(1);
    expect(counts.reserve.count).toBe(1);
    expect(counts.efficient).toEqual({ count: 0, areaSquareMeters: 0 });
    expect(Object.values(counts).reduce((sum, c) => sum + c.count, 0)).toBe(4);
  });

  it('counts a class value it does not know as 未调查', () => {
    const counts = countParcelClasses([{ parcelClass: 'bogus' as never, areaSquareMeters: 5 }]);
    expect(counts.unsurveyed).toEqual({ count: 1, areaSquareMeters: 5 });
  });
});
