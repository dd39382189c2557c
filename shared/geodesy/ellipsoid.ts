/** A reference ellipsoid given by its semi-major axis (metres) and flattening. */
export interface Ellipsoid {
  readonly name: string;
  readonly semiMajorAxisMeters: number;
  readonly flattening: number;
}

/** CGCS2000 (EPSG:1024): a = 6378137 m, 1/f = 298.257222101. */
export const CGCS2000: Ellipsoid = {
  name: 'CGCS2000',
  semiMajorAxisMeters: 6378137,
  flattening: 1 / 298.257222101,
};

/** Krassowsky 1940, the ellipsoid of Beijing 1954. */
export const KRASSOWSKY_1940: Ellipsoid = {
  name: 'Krassowsky 1940',
  semiMajorAxisMeters: 6378245,
  flattening: 1 / 298.3,
};

/** IAG 1975, the ellipsoid of Xian 1980. */
export const IAG_1975: Ellipsoid = {
  name: 'IAG 1975',
  semiMajorAxisMeters: 6378140,
  flattening: 1 / 298.257,
};

/** First eccentricity squared, e² = f(2 − f). */
export function eccentricitySquared(ellipsoid: Ellipsoid): number {
  const f = ellipsoid.flattening;
  return f * (2 - f);
}
