import { findKnownCrs, type KnownCrs } from '../crs/china-crs-registry.ts';
import { createTransverseMercator } from '../geodesy/transverse-mercator.ts';
import { esriPrjForKnownCrs } from './esri-prj.ts';

/** Converts flat CGCS2000 [lon0, lat0, …] degrees to the target system's [x0, y0, …] (a new array). */
export type FromLonLat = (flatLonLat: ArrayLike<number>) => Float64Array;

/** The system an export writes coordinates in, with its conversion and .prj text. */
export interface ExportCrs {
  readonly crs: KnownCrs;
  readonly fromLonLat: FromLonLat;
  /** ESRI WKT for the .prj file. */
  readonly prj: string;
  /** True when the requested code was missing or unknown and CGCS2000 lon/lat (EPSG:4490) was used instead. */
  readonly fellBack: boolean;
}

const CGCS2000_GEOGRAPHIC = 'EPSG:4490';
const WEB_MERCATOR_RADIUS = 6378137;
const DEG = Math.PI / 180;

/**
 * The export system for an EPSG code of the registry ("EPSG:4547", "4490"): the
 * layer's source system, CGCS2000 geographic, or a chosen Gauss-Krüger zone.
 * Stored geometry is CGCS2000 lon/lat; Gauss-Krüger output uses the exact Krüger
 * series on the system's own ellipsoid, which returns the source coordinates of
 * an imported layer (imports apply no datum shift either). Unknown or missing
 * codes fall back to EPSG:4490 with `fellBack` set.
 */
export function exportCrs(code: string | null | undefined): ExportCrs {
  const requested = code ? findKnownCrs(code) : undefined;
  const crs = requested ?? (findKnownCrs(CGCS2000_GEOGRAPHIC) as KnownCrs);
  return { crs, fromLonLat: fromLonLatFor(crs), prj: esriPrjForKnownCrs(crs), fellBack: requested === undefined };
}

function fromLonLatFor(crs: KnownCrs): FromLonLat {
  if (crs.kind === 'geographic') return (flat) => Float64Array.from(flat);
  if (crs.kind === 'web-mercator') {
    return mapPairs((lon, lat) => [lon * DEG * WEB_MERCATOR_RADIUS, Math.log(Math.tan(Math.PI / 4 + (lat * DEG) / 2)) * WEB_MERCATOR_RADIUS]);
  }
  const tm = createTransverseMercator({
    ellipsoid: crs.ellipsoid,
    centralMeridianDegrees: crs.centralMeridianDegrees ?? NaN,
    scaleFactor: 1,
    falseEastingMeters: crs.falseEastingMeters ?? 500_000,
    falseNorthingMeters: 0,
  });
  return mapPairs((lon, lat) => tm.forward(lon, lat));
}

function mapPairs(convert: (a: number, b: number) => [number, number]): FromLonLat {
  return (flat) => {
    const out = new Float64Array(flat.length);
    for (let i = 0; i + 1 < flat.length; i += 2) {
      const [x, y] = convert(flat[i] as number, flat[i + 1] as number);
      out[i] = x;
      out[i + 1] = y;
    }
    return out;
  };
}
