import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';
import { CGCS2000 } from './ellipsoid.ts';
import { cgcs2000GaussKruger3, gaussKruger3Zone, gaussKruger3ZoneForLongitude, toGaussKruger3 } from './gauss-kruger-zone.ts';
import { createTransverseMercator } from './transverse-mercator.ts';

const EPSG_4547 = '+proj=tmerc +lat_0=0 +lon_0=114 +k=1 +x_0=500000 +y_0=0 +ellps=GRS80 +units=m +no_defs';
const SAMPLE_POINTS: [number, number][] = [
  [114, 34], [113.5, 34.02], [112.6, 33.1], [115.45, 35.9], [113.87, 33.995], [114.9, 18.3], [113.2, 53.4],
];

describe('transverse Mercator (Krüger series)', () => {
  const zone38 = cgcs2000GaussKruger3(gaussKruger3Zone(38), false);

  it('puts the central meridian at the false easting', () => {
    const [easting] = zone38.forward(114, 34.5);
    expect(easting).toBeCloseTo(500000, 6);
  });

  it.each(SAMPLE_POINTS)('agrees with proj4 EPSG:4547 at %f°E %f°N to a millimetre', (lon, lat) => {
    const [e, n] = zone38.forward(lon, lat);
    const [pe, pn] = proj4('WGS84', EPSG_4547, [lon, lat]) as [number, number];
    expect(Math.abs(e - pe)).toBeLessThan(1e-3);
    expect(Math.abs(n - pn)).toBeLessThan(1e-3);
  });

  it.each(SAMPLE_POINTS)('inverts its own forward at %f°E %f°N to 1e-10 degrees', (lon, lat) => {
    const [e, n] = zone38.forward(lon, lat);
    const [lon2, lat2] = zone38.inverse(e, n);
    expect(Math.abs(lon2 - lon)).toBeLessThan(1e-10);
    expect(Math.abs(lat2 - lat)).toBeLessThan(1e-10);
  });

  it('works for another ellipsoid and a false northing', () => {
    const tm = createTransverseMercator({
      ellipsoid: CGCS2000, centralMeridianDegrees: 117, scaleFactor: 0.9996, falseEastingMeters: 500000, falseNorthingMeters: 100,
    });
    const [pe, pn] = proj4('WGS84', '+proj=tmerc +lon_0=117 +k=0.9996 +x_0=500000 +y_0=100 +ellps=GRS80', [116.2, 40.1]) as [number, number];
    const [e, n] = tm.forward(116.2, 40.1);
    expect(e).toBeCloseTo(pe, 3);
    expect(n).toBeCloseTo(pn, 3);
  });
});

describe('3° Gauss-Krüger zones', () => {
  it('puts Xuchang in zone 38 (CM 114°E, EPSG:4547 without prefix, EPSG:4526 with)', () => {
    const zone = gaussKruger3ZoneForLongitude(113.85);
    expect(zone).toEqual({ zone: 38, centralMeridianDegrees: 114, epsgWithoutPrefix: 4547, epsgWithPrefix: 4526 });
  });

  it('covers EPSG:4513–4533 and 4534–4554 at the ends of China', () => {
    expect(gaussKruger3Zone(25).epsgWithPrefix).toBe(4513);
    expect(gaussKruger3Zone(45).epsgWithoutPrefix).toBe(4554);
    expect(() => gaussKruger3Zone(24)).toThrow(RangeError);
  });

  it('prefixes the easting with the zone number', () => {
    const position = toGaussKruger3(113.85, 34.03);
    const [e] = proj4('WGS84', EPSG_4547, [113.85, 34.03]) as [number, number];
    expect(position.zone.zone).toBe(38);
    expect(position.eastingWithPrefixMeters - 38_000_000).toBeCloseTo(e, 3);
  });
});
