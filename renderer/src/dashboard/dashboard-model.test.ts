import { describe, expect, it } from 'vitest';
import { summarizeByPark } from '../../../shared/export/park-summary.ts';
import { XUCHANG_PARK_PRESET } from '../../../shared/parks/park-preset.ts';
import type { FieldValues } from '../../../shared/survey/field-value.ts';
import { parcelRow, type ParcelRow } from '../../../shared/survey/parcel-rows.ts';
import { dashboardView, figureParcelIds } from './dashboard-model.ts';

const M2_PER_MU = 10000 / 15;
const YU = '禹州市产业集聚区', CG = '长葛市产业集聚区', JK = '市经济技术产业集聚区';
const AS_OF = '2024-06-30';
const PARKS = XUCHANG_PARK_PRESET.parks;

/** Six parcels in three parks, whole 亩, figures worked out by hand in the tests' names. */
function createFixture(): { rows: ParcelRow[]; taxes: Map<string, number> } {
  const row = (id: string, park: string, county: string, mu: number, parcelClass: string, extra: FieldValues = {}) =>
    parcelRow(id, 'L', { park, county, parcelClass, ...extra }, mu * M2_PER_MU, [113 + Number(id.slice(1)) / 10, 34, 113.05 + Number(id.slice(1)) / 10, 34.05]);
  return {
    rows: [
      row('p1', YU, '禹州市', 30, 'idle', { disposalStatus: 'disposed', supervisedListing: true, disposalDeadline: '2024-03-31' }),
      row('p2', YU, '禹州市', 20, 'inefficient', { disposalStatus: 'inProgress', supervisedListing: true, disposalDeadline: '2024-05-31' }),
      row('p3', YU, '禹州市', 50, 'efficient'),
      row('p4', CG, '长葛市', 40, 'approvedUnsupplied', { disposalStatus: 'planned', disposalDeadline: AS_OF }),
      row('p5', CG, '长葛市', 60, 'efficient'),
      row('p6', JK, '魏都区', 10, 'unsurveyed'),
    ],
    taxes: new Map([['p2', 300], ['p3', 1200], ['p5', 1800]]),
  };
}

function createView(level: 'park' | 'county' | 'city') {
  const { rows, taxes } = createFixture();
  return dashboardView(rows, (id) => taxes.get(id), { level, asOf: AS_OF, parks: PARKS });
}

describe('dashboard by park', () => {
  const view = createView('park');
  const group = (key: string) => view.groups.find((g) => g.key === key);

  it('lists the ten preset parks in order, empty ones with zeros', () => {
    expect(view.groups.map((g) => g.key)).toEqual(PARKS.map((p) => p.name));
    expect(group('魏都产业集聚区')?.total).toEqual({ count: 0, areaSquareMeters: 0, areaMu: 0 });
  });

  it('禹州: 3 parcels, 100 亩; 闲置 1 宗 30 亩, 低效 1 宗 20 亩, 正常 1 宗 50 亩', () => {
    const yu = group(YU);
    expect(yu?.total.count).toBe(3);
    expect(yu?.total.areaMu).toBeCloseTo(100, 9);
    expect([yu?.byClass.idle.count, yu?.byClass.inefficient.count, yu?.byClass.efficient.count]).toEqual([1, 1, 1]);
    expect(yu?.byClass.idle.areaMu).toBeCloseTo(30, 9);
    expect(yu?.byClass.inefficient.areaMu).toBeCloseTo(20, 9);
    expect(yu?.byClass.efficient.areaMu).toBeCloseTo(50, 9);
  });

  it('亩均税收: 禹州 1 500 万元 ÷ 70 亩 = 21.43 within 18–25; 长葛 1 800 ÷ 60 = 30 within 25–40; 经开区 no figures', () => {
    expect(group(YU)?.taxPerMu.value).toBeCloseTo(1500 / 70, 9);
    expect(group(YU)?.taxPerMu).toMatchObject({ status: 'within', target: { min: 18, max: 25 } });
    expect(group(CG)?.taxPerMu.value).toBeCloseTo(30, 9);
    expect(group(JK)?.taxPerMu.status).toBe('noData');
  });

  it('消化处置率: 禹州 30 of 50 亩 = 60% meets the target; 长葛 0 of 40 亩 does not', () => {
    expect(group(YU)?.disposal.rate).toBeCloseTo(0.6, 12);
    expect(group(YU)?.disposal.met).toBe(true);
    expect(group(CG)?.disposal.rate).toBe(0);
    expect(group(CG)?.disposal.met).toBe(false);
    expect(group(JK)?.disposal.rate).toBeUndefined();
  });

  it('挂牌督办 2 of 2 in 禹州, 0 of 2 in 长葛; overdue: p2 (a deadline on the as-of day is not overdue)', () => {
    expect(group(YU)?.supervisedListings).toEqual({ count: 2, target: 2, met: true });
    expect(group(CG)?.supervisedListings).toEqual({ count: 0, target: 2, met: false });
    expect(group(YU)?.overdueParcelIds).toEqual(['p2']);
    expect(group(CG)?.overdueParcelIds).toEqual([]);
  });

  it('gives the parcels behind each figure', () => {
    expect(figureParcelIds(view, YU, { kind: 'group' })).toEqual(['p1', 'p2', 'p3']);
    expect(figureParcelIds(view, YU, { kind: 'class', parcelClass: 'idle' })).toEqual(['p1']);
    expect(figureParcelIds(view, YU, { kind: 'disposalStock' })).toEqual(['p1', 'p2']);
    expect(figureParcelIds(view, YU, { kind: 'disposed' })).toEqual(['p1']);
    expect(figureParcelIds(view, YU, { kind: 'supervisedListings' })).toEqual(['p1', 'p2']);
    expect(figureParcelIds(view, YU, { kind: 'overdue' })).toEqual(['p2']);
    expect(figureParcelIds(view, CG, { kind: 'class', parcelClass: 'idle' })).toEqual([]);
  });

  it('counts and areas by class equal the ledger summary per park', () => {
    const ledger = summarizeByPark(createFixture().rows, PARKS.map((p) => p.name));
    for (const line of ledger) {
      const shown = group(line.park);
      for (const [parcelClass, totals] of Object.entries(line.byClass)) {
        expect(shown?.byClass[parcelClass as keyof typeof line.byClass].count, `${line.park} ${parcelClass}`).toBe(totals.count);
        expect(shown?.byClass[parcelClass as keyof typeof line.byClass].areaSquareMeters).toBeCloseTo(totals.areaSquareMeters, 6);
      }
    }
  });
});

describe('dashboard by county and for the city', () => {
  it('groups by county in code-point order', () => {
    const view = createView('county');
    expect(view.groups.map((g) => [g.key, g.total.count])).toEqual([['禹州市', 3], ['长葛市', 2], ['魏都区', 1]]);
  });

  it('city: 6 parcels, 210 亩; 亩均税收 3 300 ÷ 130 = 25.38; disposal 30 of 90 亩; listings 2 of 6 (three parks)', () => {
    const view = createView('city');
    const [city] = view.groups;
    expect(city?.key).toBe('许昌市');
    expect(city?.total.count).toBe(6);
    expect(city?.total.areaMu).toBeCloseTo(210, 9);
    expect(city?.taxPerMu.value).toBeCloseTo(3300 / 130, 9);
    expect(city?.taxPerMu.status).toBe('noTarget');
    expect(city?.disposal.rate).toBeCloseTo(1 / 3, 12);
    expect(city?.supervisedListings).toEqual({ count: 2, target: 6, met: false });
    expect(figureParcelIds(view, '许昌市', { kind: 'overdue' })).toEqual(['p2']);
  });
});
