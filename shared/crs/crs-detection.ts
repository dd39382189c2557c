import { findKnownCrs, type KnownCrs } from './china-crs-registry.ts';

/** What the coordinates alone suggest when there is no .prj. */
export interface CrsGuess {
  readonly suggestion?: KnownCrs;
  /** False only when the coordinates leave a single reading. */
  readonly needsConfirmation: boolean;
  /** Why: a stable code the UI and CLI turn into a sentence. */
  readonly reason: 'lon-lat-range' | 'zone-prefix' | 'plain-easting' | 'web-mercator-or-6-degree' | 'unrecognised';
  readonly zone?: number;
}

/**
 * Guesses a system from a source bounding box [xmin, ymin, xmax, ymax] (x = easting
 * or longitude). `defaultCentralMeridianDegrees` is suggested for eastings without
 * a zone prefix (the project's region, e.g. 114 for Xuchang); the user must confirm it.
 */
export function guessCrsFromBbox(bbox: readonly [number, number, number, number], defaultCentralMeridianDegrees = 114): CrsGuess {
  const [xmin, ymin, xmax, ymax] = bbox;
  if (xmin >= -180 && xmax <= 180 && ymin >= -90 && ymax <= 90) {
    return { suggestion: findKnownCrs('EPSG:4490'), needsConfirmation: false, reason: 'lon-lat-range' };
  }
  const northingPlausible = ymin > 0 && ymax < 6_300_000;
  const zone = Math.floor(xmin / 1_000_000);
  const sameZone = zone === Math.floor(xmax / 1_000_000);
  const inZoneEasting = (x: number) => x - zone * 1_000_000;
  if (northingPlausible && sameZone && inZoneEasting(xmin) > 150_000 && inZoneEasting(xmax) < 850_000) {
    if (zone >= 25 && zone <= 45) {
      return { suggestion: findKnownCrs(`EPSG:${4513 + zone - 25}`), needsConfirmation: false, reason: 'zone-prefix', zone };
    }
    if (zone >= 13 && zone <= 23) {
      // Also where Web Mercator puts eastern China: ask.
      return { suggestion: findKnownCrs(`EPSG:${4491 + zone - 13}`), needsConfirmation: true, reason: 'web-mercator-or-6-degree', zone };
    }
    if (zone === 0) {
      const cmZone = Math.round(defaultCentralMeridianDegrees / 3);
      return { suggestion: findKnownCrs(`EPSG:${4534 + cmZone - 25}`), needsConfirmation: true, reason: 'plain-easting' };
    }
  }
  if (xmin > 8_000_000 && xmax < 15_200_000 && ymin > 300_000 && ymax < 7_200_000) {
    return { suggestion: findKnownCrs('EPSG:3857'), needsConfirmation: true, reason: 'web-mercator-or-6-degree' };
  }
  return { needsConfirmation: true, reason: 'unrecognised' };
}
