import { CGCS2000, IAG_1975, KRASSOWSKY_1940, type Ellipsoid } from '../geodesy/ellipsoid.ts';
import type { TransverseMercatorParams } from '../geodesy/transverse-mercator.ts';

/** What a .prj says, reduced to what the importer can project from. */
export type WktProjection =
  | { readonly kind: 'geographic'; readonly ellipsoid: Ellipsoid }
  | { readonly kind: 'transverse-mercator'; readonly params: TransverseMercatorParams };

/**
 * Reads ESRI or OGC WKT1 text for geographic systems and transverse Mercator
 * (Gauss-Krüger) projections. Returns undefined for anything else, so callers
 * ask the user instead of guessing.
 */
export function projectionFromWkt(wkt: string): WktProjection | undefined {
  const text = wkt.trim();
  const ellipsoid = ellipsoidFromWkt(text);
  if (/^GEOGCS\[/i.test(text) || /^GEOGCRS\[/i.test(text)) return { kind: 'geographic', ellipsoid };
  if (!/^PROJCS\[/i.test(text)) return undefined;
  if (!/PROJECTION\["(Gauss_Kruger|Transverse_Mercator)"/i.test(text)) return undefined;
  if (!/UNIT\["(Meter|metre)",\s*1(\.0+)?\]\s*(,\s*AUTHORITY\[[^\]]*\]\s*)?(,\s*AXIS[^\]]*\]\s*)*\]?\s*$/i.test(text)) {
    return undefined;
  }
  return {
    kind: 'transverse-mercator',
    params: {
      ellipsoid,
      centralMeridianDegrees: parameter(text, 'Central_Meridian') ?? NaN,
      scaleFactor: parameter(text, 'Scale_Factor') ?? 1,
      falseEastingMeters: parameter(text, 'False_Easting') ?? 0,
      falseNorthingMeters: parameter(text, 'False_Northing') ?? 0,
    },
  };
}

function parameter(wkt: string, name: string): number | undefined {
  const match = new RegExp(`PARAMETER\\["${name}",\\s*(-?[\\d.eE+-]+)\\]`, 'i').exec(wkt);
  return match ? Number(match[1]) : undefined;
}

function ellipsoidFromWkt(wkt: string): Ellipsoid {
  const match = /SPHEROID\["[^"]*",\s*([\d.]+),\s*([\d.]+)/i.exec(wkt);
  if (!match) return CGCS2000;
  const a = Number(match[1]);
  const inverseFlattening = Number(match[2]);
  for (const known of [CGCS2000, KRASSOWSKY_1940, IAG_1975]) {
    if (known.semiMajorAxisMeters === a && Math.abs(1 / known.flattening - inverseFlattening) < 1e-6) return known;
  }
  return { name: 'custom', semiMajorAxisMeters: a, flattening: 1 / inverseFlattening };
}
