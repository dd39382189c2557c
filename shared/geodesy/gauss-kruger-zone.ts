import { CGCS2000 } from './ellipsoid.ts';
import { createTransverseMercator, type TransverseMercator } from './transverse-mercator.ts';

/** A CGCS2000 3° Gauss-Krüger zone: number 25–45 with central meridian 3·zone degrees east. */
export interface GaussKruger3Zone {
  readonly zone: number;
  readonly centralMeridianDegrees: number;
  /** EPSG code of the variant whose easting carries no zone prefix (false easting 500 km). */
  readonly epsgWithoutPrefix: number;
  /** EPSG code of the variant whose easting is prefixed by the zone number (zone·10⁶ + 500 km). */
  readonly epsgWithPrefix: number;
}

/** The 3° zone whose central meridian is nearest to a longitude in degrees east (China: 75°E–135°E). */
export function gaussKruger3ZoneForLongitude(lonDeg: number): GaussKruger3Zone {
  const zone = Math.min(45, Math.max(25, Math.round(lonDeg / 3)));
  return gaussKruger3Zone(zone);
}

/** Zone by number; EPSG:4513–4533 carry the zone prefix, EPSG:4534–4554 do not. */
export function gaussKruger3Zone(zone: number): GaussKruger3Zone {
  if (!Number.isInteger(zone) || zone < 25 || zone > 45) {
    throw new RangeError(`3° Gauss-Krüger zone must be an integer 25–45, got ${zone}`);
  }
  return {
    zone,
    centralMeridianDegrees: zone * 3,
    epsgWithPrefix: 4513 + (zone - 25),
    epsgWithoutPrefix: 4534 + (zone - 25),
  };
}

/** CGCS2000 3° GK projection for a zone; `withZonePrefix` selects the false easting. */
export function cgcs2000GaussKruger3(zone: GaussKruger3Zone, withZonePrefix: boolean): TransverseMercator {
  return createTransverseMercator({
    ellipsoid: CGCS2000,
    centralMeridianDegrees: zone.centralMeridianDegrees,
    scaleFactor: 1,
    falseEastingMeters: (withZonePrefix ? zone.zone * 1_000_000 : 0) + 500_000,
    falseNorthingMeters: 0,
  });
}

/** Position in the CGCS2000 3° zone that contains it; easting carries the zone prefix. */
export interface GaussKruger3Position {
  readonly zone: GaussKruger3Zone;
  readonly eastingWithPrefixMeters: number;
  readonly northingMeters: number;
}

const projectionsByZone = new Map<number, TransverseMercator>();

/** Projects CGCS2000 [lonDeg, latDeg] into its own 3° zone (zone chosen from the longitude). */
export function toGaussKruger3(lonDeg: number, latDeg: number): GaussKruger3Position {
  const zone = gaussKruger3ZoneForLongitude(lonDeg);
  let projection = projectionsByZone.get(zone.zone);
  if (!projection) {
    projection = cgcs2000GaussKruger3(zone, true);
    projectionsByZone.set(zone.zone, projection);
  }
  const [easting, northing] = projection.forward(lonDeg, latDeg);
  return { zone, eastingWithPrefixMeters: easting, northingMeters: northing };
}
