import proj4 from 'proj4';
import { createTransverseMercator } from '../geodesy/transverse-mercator.ts';
import type { KnownCrs } from './china-crs-registry.ts';

/** Converts flat source coordinates [x0, y0, …] in place-safe fashion to [lon0, lat0, …] degrees. */
export type LonLatTransform = (flat: Float64Array) => Float64Array;

const WEB_MERCATOR_RADIUS = 6378137;

/** A transform for a registry system: exact Krüger series for Gauss-Krüger, closed form for Web Mercator. */
export function transformForKnownCrs(crs: KnownCrs): LonLatTransform {
  if (crs.kind === 'geographic') return (flat) => flat;
  if (crs.kind === 'web-mercator') {
    return mapPairs((x, y) => [(x / WEB_MERCATOR_RADIUS) * (180 / Math.PI), (Math.atan(Math.sinh(y / WEB_MERCATOR_RADIUS)) * 180) / Math.PI]);
  }
  const tm = createTransverseMercator({
    ellipsoid: crs.ellipsoid,
    centralMeridianDegrees: crs.centralMeridianDegrees ?? NaN,
    scaleFactor: 1,
    falseEastingMeters: crs.falseEastingMeters ?? 500_000,
    falseNorthingMeters: 0,
  });
  return (flat) => tm.inverseFlat(flat);
}

/** A transform through proj4 for any other system a .prj describes; output is WGS84 lon/lat. */
export function transformForProj4(definition: string): LonLatTransform {
  const converter = proj4(definition, 'WGS84');
  return mapPairs((x, y) => converter.forward([x, y]) as [number, number]);
}

function mapPairs(convert: (x: number, y: number) => [number, number] | number[]): LonLatTransform {
  return (flat) => {
    const out = new Float64Array(flat.length);
    for (let i = 0; i < flat.length; i += 2) {
      const [lon, lat] = convert(flat[i] as number, flat[i + 1] as number);
      out[i] = lon as number;
      out[i + 1] = lat as number;
    }
    return out;
  };
}
