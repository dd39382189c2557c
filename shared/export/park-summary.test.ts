import { describe, expect, it } from 'vitest';
import type { ParcelClass } from '../survey/card-enums.ts';
import { parcelRow } from '../survey/parcel-rows.ts';
import { summarizeAll, summarizeByPark } from './park-summary.ts';

function row(park: string, parcelClass: ParcelClass, areaSquareMeters: number, disposalStatus = '', supervisedListing = false) {
  return parcelRow(`L:${park}${areaSquareMeters}`, 'L', { park, parcelClass, disposalStatus, supervisedListing }, areaSquareMeters, [0, 0, 0, 0]);
}

describe('summarizeByPark', () => {
  it('rates disposal as the dashboard does: disposed ÷ stock area, where a disposed parcel stays in the stock whatever it rates now', () => {
    const [park] = summarizeByPark([
      row('魏都', 'idle', 300, 'disposed', true), row('魏都', 'inefficient', 600), row('魏都', 'approvedUnsupplied', 100, 'inProgress'),
      // Disposed 闲置 land taken back into reserve, or now in full use: still counted as disposed stock.
      row('魏都', 'reserve', 1000, 'disposed'), row('魏都', 'efficient', 5000, 'disposed'), row('魏都', 'reserve', 50),
    ]);
    expect(park!.disposedSquareMeters).toBe(6300);
    expect(park!.disposalRate).toBeCloseTo(6300 / 7000, 12);
    expect(park!.supervisedListings).toBe(1);
    expect(park!.byClass.reserve).toMatchObject({ count: 2, areaSquareMeters: 1050 });
  });

  it('gives no rate (null, not 0 % or 100 %) for a park with nothing to dispose of', () => {
    expect(summarizeByPark([row('鄢陵', 'reserve', 10), row('鄢陵', 'efficient', 10)])[0]!.disposalRate).toBeNull();
  });

  it('orders parks as given, then the rest in code-point order (as the dashboard, in any runtime), then parcels without a park', () => {
    const parks = ['襄城县产业集聚区', '', '禹州市产业集聚区', '鄢陵县产业集聚区', '魏都产业集聚区'];
    const order = summarizeByPark(parks.map((p) => row(p, 'idle', 1)), ['魏都产业集聚区']).map((s) => s.park);
    expect(order).toEqual(['魏都产业集聚区', '禹州市产业集聚区', '襄城县产业集聚区', '鄢陵县产业集聚区', '']);
  });

  it('totals over all rows equal the sum of the parks', () => {
    const rows = [row('a', 'idle', 1.005), row('b', 'idle', 2.005), row('b', 'inefficient', 3, 'disposed')];
    const all = summarizeAll(rows);
    const parks = summarizeByPark(rows);
    expect(all.byClass.idle.areaSquareMeters).toBe(parks.reduce((s, p) => s + p.byClass.idle.areaSquareMeters, 0));
    expect(all.disposalRate).toBeCloseTo(3 / (1.005 + 2.005 + 3), 12);
  });
});
