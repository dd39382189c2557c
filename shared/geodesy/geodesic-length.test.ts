import { describe, expect, it } from 'vitest';
import { CGCS2000, type Ellipsoid } from './ellipsoid.ts';
import { geodesicDistanceMeters, geodesicLengthMeters } from './geodesic-length.ts';

const WGS84: Ellipsoid = { name: 'WGS84', semiMajorAxisMeters: 6378137, flattening: 1 / 298.257223563 };
const dms = (d: number, m: number, s: number) => Math.sign(d) * (Math.abs(d) + m / 60 + s / 3600);

describe('geodesic length', () => {
  it('matches GeographicLib\'s published WGS84 test geodesics to the micrometre', () => {
    // GeodesicTest cases 1 and 2 of geographiclib-geodesic (lat, lon order there; lon, lat here).
    expect(geodesicDistanceMeters([-139.44815, 35.60777], [-69.95921, -11.17491], WGS84)).toBeCloseTo(8935244.56048183, 5);
    expect(geodesicDistanceMeters([106.05087, 55.52454], [197.18234 - 360, 77.03196], WGS84)).toBeCloseTo(4105086.17139244, 5);
  });

  it('gives Vincenty\'s Flinders Peak – Buninyong line on GRS80, the CGCS2000 ellipsoid: 54 972.271 m', () => {
    const flindersPeak = [dms(144, 25, 29.5244), dms(-37, 57, 3.7203)];
    const buninyong = [dms(143, 55, 35.3839), dms(-37, 39, 10.1561)];
    expect(geodesicDistanceMeters(flindersPeak, buninyong)).toBeCloseTo(54972.271, 3);
  });

  it('sums the legs of a path and treats a single point as length 0', () => {
    const a = [113.80, 34.02], b = [113.81, 34.02], c = [113.81, 34.03];
    const legs = geodesicDistanceMeters(a, b) + geodesicDistanceMeters(b, c);
    expect(geodesicLengthMeters([a, b, c])).toBeCloseTo(legs, 9);
    // One minute of latitude near 34°N on the ellipsoid is about 1849 m; 0.01° is 0.6 of that.
    expect(geodesicDistanceMeters(b, c)).toBeGreaterThan(1108);
    expect(geodesicDistanceMeters(b, c)).toBeLessThan(1110);
    expect(geodesicLengthMeters([a])).toBe(0);
  });

  it('differs from WGS84 by far less than a millimetre over 10 km (CGCS2000 is the default)', () => {
    const a = [113.7, 34.0], b = [113.8, 34.05];
    expect(Math.abs(geodesicDistanceMeters(a, b) - geodesicDistanceMeters(a, b, WGS84))).toBeLessThan(1e-3);
    expect(geodesicDistanceMeters(a, b)).toBe(geodesicDistanceMeters(a, b, CGCS2000));
  });
});
