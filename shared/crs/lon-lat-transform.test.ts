import { describe, expect, it } from 'vitest';
import { findKnownCrs, type KnownCrs } from './china-crs-registry.ts';
import { fromLonLatForKnownCrs, transformForKnownCrs } from './lon-lat-transform.ts';

const crs = (code: string) => findKnownCrs(code) as KnownCrs;
/** Two points in Xuchang (禹州, 长葛), lon/lat degrees. */
const LON_LAT = Float64Array.of(113.47, 34.14, 113.83, 34.22);

describe('lon/lat ↔ registry system', () => {
  it.each(['EPSG:4547', 'EPSG:4526', 'EPSG:3857'])('%s: projecting and back returns the lon/lat within 1e-9°', (code) => {
    const projected = fromLonLatForKnownCrs(crs(code))(LON_LAT);
    const back = transformForKnownCrs(crs(code))(projected);
    [...back].forEach((value, i) => expect(value).toBeCloseTo(LON_LAT[i] as number, 9));
  });

  it('puts a Gauss-Krüger easting 500 km from the central meridian, with the zone prefix where the system has one', () => {
    const [plain] = fromLonLatForKnownCrs(crs('EPSG:4547'))(Float64Array.of(114, 34));
    const [prefixed] = fromLonLatForKnownCrs(crs('EPSG:4526'))(Float64Array.of(114, 34));
    expect(plain).toBeCloseTo(500_000, 6);
    expect(prefixed).toBeCloseTo(38_500_000, 6);
  });

  it('copies geographic coordinates rather than handing back the caller’s array', () => {
    const out = fromLonLatForKnownCrs(crs('EPSG:4490'))(LON_LAT);
    expect(out).not.toBe(LON_LAT);
    expect([...out]).toEqual([...LON_LAT]);
  });
});
