import proj4 from 'proj4';
import { createTransverseMercator, type TransverseMercator } from '../geodesy/transverse-mercator.ts';
import type { KnownCrs } from './china-crs-registry.ts';

/** Converts flat source coordinates [x0, y0, …] in place-safe fashion to [lon0, lat0, …] degrees. */
export type LonLatTransform = (flat: Float64Array) => Float64Array;

/** Converts flat [lon0, lat0, …] degrees to the system's [x0, y0, …] (a new array). */
export type FromLonLat = (flatLonLat: ArrayLike<number>) => Float64Array;

const WEB_MERCATOR_RADIUS = 6378137;
const DEG = Math.PI / 180;

/** A transform for a registry system: exact Krüger series for Gauss-Krüger, closed form for Web Mercator. */
export function transformForKnownCrs(crs: KnownCrs): LonLatTransform {
  if (crs.kind === 'geographic') return (flat) => flat;
  if (crs.kind === 'web-mercator') {
    return mapPairs((x, y) => [(x / WEB_MERCATOR_RADIUS) * (180 / Math.PI), (Math.atan(Math.sinh(y / WEB_MERCATOR_RADIUS)) * 180) / Math.PI]);
  }
  const tm = registryTransverseMercator(crs);
  return (flat) => tm.inverseFlat(flat);
}

/**
 * The inverse of {@link transformForKnownCrs}: lon/lat degrees (on the system's own
 * datum, no shift) to the registry system's coordinates, in metres for projected
 * systems; geographic systems get a copy of the input.
 */
export function fromLonLatForKnownCrs(crs: KnownCrs): FromLonLat {
  if (crs.kind === 'geographic') return (flat) => Float64Array.from(flat);
  if (crs.kind === 'web-mercator') {
    return mapPairs((lon, lat) => [lon * DEG * WEB_MERCATOR_RADIUS, Math.log(Math.tan(Math.PI / 4 + (lat * DEG) / 2)) * WEB_MERCATOR_RADIUS]);
  }
  const tm = registryTransverseMercator(crs);
  return mapPairs((lon, lat) => tm.forward(lon, lat));
}

/** A transform through proj4 for any other system a .prj describes; output is WGS84 lon/lat. */
export function transformForProj4(definition: string): LonLatTransform {
  const converter = proj4(definition, 'WGS84');
  return mapPairs((x, y) => converter.forward([x, y]) as [number, number]);
}

/** Gauss-Krüger of a registry system: scale 1, false easting 500 km (or the zone-prefixed one), no false northing. */
function registryTransverseMercator(crs: KnownCrs): TransverseMercator {
  return createTransverseMercator({
    ellipsoid: crs.ellipsoid,
    centralMeridianDegrees: crs.centralMeridianDegrees ?? NaN,
    scaleFactor: 1,
    falseEastingMeters: crs.falseEastingMeters ?? 500_000,
    falseNorthingMeters: 0,
  });
}

function mapPairs(convert: (a: number, b: number) => [number, number] | number[]): (flat: ArrayLike<number>) => Float64Array {
  return (flat) => {
    const out = new Float64Array(flat.length);
    for (let i = 0; i + 1 < flat.length; i += 2) {
      const [a, b] = convert(flat[i] as number, flat[i + 1] as number);
      out[i] = a as number;
      out[i + 1] = b as number;
    }
    return out;
  };
}
