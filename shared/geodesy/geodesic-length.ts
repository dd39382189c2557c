import geodesicModule from 'geographiclib-geodesic';
import { CGCS2000, type Ellipsoid } from './ellipsoid.ts';

type GeodesicSolver = InstanceType<typeof geodesicModule.Geodesic.Geodesic>;

const solvers = new Map<string, GeodesicSolver>();

function solverFor(ellipsoid: Ellipsoid): GeodesicSolver {
  const key = `${ellipsoid.semiMajorAxisMeters}/${ellipsoid.flattening}`;
  let solver = solvers.get(key);
  if (!solver) {
    solver = new geodesicModule.Geodesic.Geodesic(ellipsoid.semiMajorAxisMeters, ellipsoid.flattening);
    solvers.set(key, solver);
  }
  return solver;
}

/**
 * Geodesic distance in metres between two [longitude, latitude] points in
 * degrees on the ellipsoid (CGCS2000 by default), by GeographicLib's inverse
 * solution (accurate to ~15 nm).
 */
export function geodesicDistanceMeters(from: readonly number[], to: readonly number[], ellipsoid: Ellipsoid = CGCS2000): number {
  const result = solverFor(ellipsoid).Inverse(from[1] as number, from[0] as number, to[1] as number, to[0] as number, geodesicModule.Geodesic.DISTANCE);
  return result.s12 ?? NaN;
}

/**
 * Length in metres of a path of [longitude, latitude] degree points joined by
 * geodesics on the ellipsoid (CGCS2000 by default); 0 for fewer than two points.
 */
export function geodesicLengthMeters(path: readonly (readonly number[])[], ellipsoid: Ellipsoid = CGCS2000): number {
  let total = 0;
  for (let i = 1; i < path.length; i++) total += geodesicDistanceMeters(path[i - 1] as readonly number[], path[i] as readonly number[], ellipsoid);
  return total;
}
