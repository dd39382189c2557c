import { describe, expect, it } from 'vitest';
import { XUCHANG_PARK_PRESET } from '../parks/park-preset.ts';
import { disposalProgress } from './disposal-progress.ts';
import type { LandStatsRow } from './land-stats-row.ts';
import { latestCompleteYearTax } from './land-stats-row.ts';
import { landSummaryParcelIds, summarizeLand } from './land-summary.ts';

const M2_PER_MU = 10000 / 15;
const YU = '禹州市产业集聚区', CG = '长葛市产业集聚区';

/** The hand-computed fixture: six parcels, areas in whole 亩. */
function createRows(): LandStatsRow[] {
  const row = (parcelId: string, park: string, county: string, mu: number, parcelClass: LandStatsRow['parcelClass'], extra: Partial<LandStatsRow> = {}): LandStatsRow => ({
    parcelId, park, county, areaSquareMeters: mu * M2_PER_MU, parcelClass, disposalStatus: '', disposalDeadline: '', supervisedListing: false, ...extra,
  });
  return [
    row('A', YU, '禹州市', 30, 'idle', { disposalStatus: 'disposed', disposalDeadline: '2021-06-30', supervisedListing: true }),
    row('B', YU, '禹州市', 20, 'inefficient', { disposalStatus: 'inProgress', disposalDeadline: '2021-09-30', supervisedListing: true, taxWanYuan: 300 }),
    row('C', YU, '禹州市', 50, 'efficient', { taxWanYuan: 1200 }),
    row('D', CG, '长葛市', 40, 'approvedUnsupplied', { disposalStatus: 'planned', disposalDeadline: '2021-10-01' }),
    row('E', CG, '长葛市', 60, 'efficient', { disposalStatus: 'disposed', disposalDeadline: '2021-05-01', supervisedListing: true, taxWanYuan: 2400 }),
    row('F', '', '长葛市', 10, 'insufficientData'),
  ];
}

const AS_OF = '2021-10-01';

describe('summarizeLand by park', () => {
  const summaries = summarizeLand(createRows(), { level: 'park', asOf: AS_OF, parks: XUCHANG_PARK_PRESET.parks });
  const byKey = new Map(summaries.map((s) => [s.key, s]));

  it('lists the ten preset parks in order, then parcels without a park', () => {
    expect(summaries.map((s) => s.key)).toEqual([...XUCHANG_PARK_PRESET.parks.map((p) => p.name), '']);
    expect(byKey.get('魏都产业集聚区')?.total).toEqual({ count: 0, areaSquareMeters: 0, areaMu: 0 });
  });

  it('counts parcels and 亩 by class', () => {
    const yu = byKey.get(YU);
    expect(yu?.total.count).toBe(3);
    expect(yu?.total.areaMu).toBeCloseTo(100, 9);
    expect(yu?.byClass.idle).toMatchObject({ count: 1 });
    expect(yu?.byClass.idle.areaMu).toBeCloseTo(30, 9);
    expect(yu?.byClass.inefficient.areaMu).toBeCloseTo(20, 9);
    expect(yu?.byClass.approvedUnsupplied).toEqual({ count: 0, areaSquareMeters: 0, areaMu: 0 });
    expect(byKey.get('')?.byClass.insufficientData.count).toBe(1);
  });

  it('compares 亩均税收 with the park band: 禹州 1 500 万元 ÷ 70 亩 in 18–25, 长葛 2 400 ÷ 60 = 40 at the top of 25–40', () => {
    expect(byKey.get(YU)?.taxPerMu).toMatchObject({ taxWanYuan: 1500, parcelsWithTax: 2, target: { min: 18, max: 25 }, status: 'within' });
    expect(byKey.get(YU)?.taxPerMu.value).toBeCloseTo(1500 / 70, 9);
    expect(byKey.get(CG)?.taxPerMu.value).toBeCloseTo(40, 9);
    expect(byKey.get(CG)?.taxPerMu.status).toBe('within');
    expect(byKey.get('鄢陵县产业集聚区')?.taxPerMu.status).toBe('noData');
  });

  it('computes the disposal rate by area, keeping a disposed parcel that now rates 正常 in the stock', () => {
    const yu = byKey.get(YU)?.disposal, cg = byKey.get(CG)?.disposal;
    expect(yu?.stock.areaMu).toBeCloseTo(50, 9);
    expect(yu?.disposed.areaMu).toBeCloseTo(30, 9);
    expect(yu?.rate).toBeCloseTo(0.6, 12);
    expect(yu?.met).toBe(true);
    expect(cg?.stock.count).toBe(2);
    expect(cg?.rate).toBeCloseTo(0.6, 12);
    expect(byKey.get('魏都产业集聚区')?.disposal).toMatchObject({ rate: undefined, met: undefined });
  });

  it('checks supervised listings against 2 per park and lists overdue deadlines', () => {
    expect(byKey.get(YU)?.supervisedListings).toEqual({ count: 2, target: 2, met: true });
    expect(byKey.get(CG)?.supervisedListings).toEqual({ count: 1, target: 2, met: false });
    expect(byKey.get(YU)?.overdueParcelIds).toEqual(['B']);
    expect(byKey.get(CG)?.overdueParcelIds).toEqual([]);
  });
});

describe('landSummaryParcelIds', () => {
  it('gives the parcels behind a figure, matching its count', () => {
    const rows = createRows();
    const options = { level: 'county', asOf: AS_OF } as const;
    const changge = summarizeLand(rows, options).find((s) => s.key === '长葛市');
    expect(landSummaryParcelIds(rows, options, '长葛市')).toEqual(['D', 'E', 'F']);
    expect(landSummaryParcelIds(rows, options, '长葛市', 'efficient')).toEqual(['E']);
    expect(landSummaryParcelIds(rows, options, '长葛市', 'efficient')).toHaveLength(changge?.byClass.efficient.count ?? -1);
    expect(landSummaryParcelIds(rows, { level: 'city', asOf: AS_OF, cityName: '许昌市' }, '许昌市', 'idle')).toEqual(['A']);
  });
});

describe('summarizeLand by county and city', () => {
  it('groups by county with the listing target per distinct park', () => {
    const [yuzhou, changge] = summarizeLand(createRows(), { level: 'county', asOf: AS_OF });
    expect(changge?.key).toBe('长葛市');
    expect(changge?.total.areaMu).toBeCloseTo(110, 9);
    expect(changge?.supervisedListings).toEqual({ count: 1, target: 2, met: false });
    expect(changge?.taxPerMu.status).toBe('noTarget');
    expect(yuzhou?.key).toBe('禹州市');
  });

  it('lists rows without a county last', () => {
    const rows = [...createRows(), { ...createRows()[0], parcelId: 'G', county: '' } as LandStatsRow];
    expect(summarizeLand(rows, { level: 'county', asOf: AS_OF }).map((s) => s.key)).toEqual(['禹州市', '长葛市', '']);
  });

  it('adds everything up for the city', () => {
    const [city] = summarizeLand(createRows(), { level: 'city', asOf: '2021-10-02', cityName: '许昌市' });
    expect(city?.key).toBe('许昌市');
    expect(city?.total.count).toBe(6);
    expect(city?.total.areaMu).toBeCloseTo(210, 9);
    expect(city?.taxPerMu.value).toBeCloseTo(3900 / 130, 9);
    expect(city?.disposal.stock.areaMu).toBeCloseTo(150, 9);
    expect(city?.disposal.rate).toBeCloseTo(90 / 150, 12);
    expect(city?.supervisedListings).toEqual({ count: 3, target: 4, met: false });
    expect(city?.overdueParcelIds).toEqual(['B', 'D']);
  });
});

describe('disposal target boundary and tax year', () => {
  it.each([
    { disposedMu: 59, met: false },
    { disposedMu: 60, met: true },
    { disposedMu: 61, met: true },
  ])('$disposedMu of 100 亩 disposed against 60% → met $met', ({ disposedMu, met }) => {
    const base = { park: 'P', county: 'C', disposalDeadline: '', supervisedListing: false } as const;
    const rows: LandStatsRow[] = [
      { ...base, parcelId: 'x', areaSquareMeters: disposedMu * M2_PER_MU, parcelClass: 'idle', disposalStatus: 'disposed' },
      { ...base, parcelId: 'y', areaSquareMeters: (100 - disposedMu) * M2_PER_MU, parcelClass: 'idle', disposalStatus: 'planned' },
    ];
    expect(disposalProgress(rows, 0.6).met).toBe(met);
  });

  it('takes the tax of the latest year that has ended', () => {
    const values = { 'economics.2022.tax': 10, 'economics.2023.tax': 12, 'economics.2024.tax': 1 };
    expect(latestCompleteYearTax(values, '2024-06-30')).toEqual({ taxWanYuan: 12, year: 2023 });
    expect(latestCompleteYearTax({}, '2024-06-30')).toBeUndefined();
  });
});
