import geodesicModule from 'geographiclib-geodesic';
import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';
import { squareMetersToMu } from './area-units.ts';
import { createEllipsoidalArea } from './ellipsoidal-area.ts';

const geodesic = new geodesicModule.Geodesic.Geodesic(6378137, 1 / 298.257222101);
const calculator = createEllipsoidalArea();

/** GeographicLib's geodesic polygon area on CGCS2000 (m², ≥ 0). */
function geographicLibArea(ring: number[][]): number {
  const polygon = geodesic.Polygon(false);
  for (const [lon, lat] of ring) polygon.AddPoint(lat as number, lon as number);
  return Math.abs(polygon.Compute(false, true).area ?? NaN);
}

/**
 * An independent reference: edges sampled densely along the geodesic (GeographicLib
 * Direct), projected with proj4's ellipsoidal Lambert azimuthal equal-area, shoelace.
 */
function denseEqualAreaReference(ring: number[][], samplesPerEdge: number): number {
  const [lon0, lat0] = ring[0] as number[];
  const laea = proj4('WGS84', `+proj=laea +lat_0=${lat0} +lon_0=${lon0} +x_0=0 +y_0=0 +ellps=GRS80 +units=m`);
  const points: number[][] = [];
  for (let i = 0; i + 1 < ring.length; i++) {
    const [lonA, latA] = ring[i] as number[];
    const [lonB, latB] = ring[i + 1] as number[];
    const line = geodesic.Inverse(latA as number, lonA as number, latB as number, lonB as number);
    for (let k = 0; k < samplesPerEdge; k++) {
      const at = geodesic.Direct(latA as number, lonA as number, line.azi1 as number, ((line.s12 as number) * k) / samplesPerEdge);
      points.push(laea.forward([at.lon2 as number, at.lat2 as number]));
    }
  }
  let twice = 0;
  points.forEach((p, i) => {
    const q = points[(i + 1) % points.length] as number[];
    twice += (p[0] as number) * (q[1] as number) - (q[0] as number) * (p[1] as number);
  });
  return Math.abs(twice / 2);
}

/** A parcel-like ring: `vertices` points on a wobbly ellipse, clockwise or not, sized in metres. */
function createParcel(lonDeg: number, latDeg: number, sizeMeters: number, vertices: number): number[][] {
  const dLat = sizeMeters / 111_000;
  const dLon = sizeMeters / (111_000 * Math.cos((latDeg * Math.PI) / 180));
  const ring: number[][] = [];
  for (let k = 0; k < vertices; k++) {
    const t = 0.3 + (2 * Math.PI * k) / vertices;
    const r = 1 + 0.25 * Math.sin(3 * t);
    ring.push([lonDeg + dLon * 0.7 * r * Math.cos(t), latDeg + dLat * 0.5 * r * Math.sin(t)]);
  }
  ring.push(ring[0] as number[]);
  return ring;
}

describe('ellipsoidal area on CGCS2000', () => {
  const cases = [18.3, 26.5, 34.03, 41.8, 53.2].flatMap((lat) =>
    [20, 120, 600, 2500, 12_000].flatMap((size) => [3, 7, 24].map((vertices) => [lat, size, vertices] as const)),
  );

  // GeographicLib's PolygonArea (JavaScript, double precision) sums per-edge areas
  // measured from the equator; on small parcels that leaves it a few 1e-6 m² per
  // vertex from the exact value (the dense reference shows this). The comparison
  // with it therefore allows 1e-9 relative plus 1e-5 m² per vertex.
  it.each(cases)('agrees with GeographicLib at %f°N, %i m, %i vertices: 1e-9 relative + its rounding', (lat, size, vertices) => {
    const ring = createParcel(113.8, lat, size, vertices);
    const expected = geographicLibArea(ring);
    expect(Math.abs(calculator.ringAreaSquareMeters(ring) - expected)).toBeLessThanOrEqual(1e-9 * expected + 1e-5 * vertices);
  });

  it.each(cases.filter(([, size]) => size <= 2500))(
    'agrees with a dense equal-area integration at %f°N, %i m, %i vertices to 1e-9 relative',
    (lat, size, vertices) => {
      const ring = createParcel(113.8, lat, size, vertices);
      const expected = denseEqualAreaReference(ring, size > 1000 ? 256 : 32);
      expect(Math.abs(calculator.ringAreaSquareMeters(ring) - expected) / expected).toBeLessThan(1e-9);
    },
  );

  it('holds 1e-9 against GeographicLib outright on large parcels, where its rounding is negligible', () => {
    for (const lat of [18.3, 34.03, 53.2]) {
      const ring = createParcel(113.8, lat, 2500, 7);
      expect(Math.abs(calculator.ringAreaSquareMeters(ring) - geographicLibArea(ring)) / geographicLibArea(ring)).toBeLessThan(1e-9);
    }
  });

  it('does not depend on the longitude, unlike a sum measured from the equator', () => {
    const ring = createParcel(113.8, 34.03, 20, 5);
    const moved = ring.map(([lon, lat]) => [(lon as number) + 17.3, lat as number]);
    expect(Math.abs(calculator.ringAreaSquareMeters(ring) - calculator.ringAreaSquareMeters(moved))).toBeLessThan(1e-6);
  });

  it('subtracts holes and ignores ring direction', () => {
    const outer = createParcel(113.8, 34, 600, 12);
    const hole = createParcel(113.8, 34, 100, 6).reverse();
    const whole = calculator.ringAreaSquareMeters(outer);
    expect(calculator.ringAreaSquareMeters([...outer].reverse())).toBeCloseTo(whole, 6);
    expect(calculator.polygonAreaSquareMeters([outer, hole])).toBeCloseTo(whole - calculator.ringAreaSquareMeters(hole), 6);
  });

  it('converts to 亩 at 10000/15 m² per 亩', () => {
    expect(squareMetersToMu(10000)).toBeCloseTo(15, 12);
    expect(squareMetersToMu(666.6666666666666)).toBeCloseTo(1, 12);
  });
});
