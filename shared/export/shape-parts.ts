import type { ReferenceGeometry } from '../model/geometry-types.ts';
import type { LonLat, ParcelGeometry } from '../model/geometry.ts';
import type { FromLonLat } from '../crs/lon-lat-transform.ts';
import type { ShapeKind } from '../shapefile/shp-record-writer.ts';

/** Geometry an export accepts: parcels (polygons) or reference features, CGCS2000 lon/lat (RFC 7946 order). */
export type ExportGeometry = ParcelGeometry | ReferenceGeometry;

/** Shapefile kind of a geometry type; Point and MultiPoint share a file as multipoint when mixed. */
export function shapeKindOf(geometry: ExportGeometry): ShapeKind {
  switch (geometry.type) {
    case 'Polygon': case 'MultiPolygon': return 'polygon';
    case 'LineString': case 'MultiLineString': return 'polyline';
    case 'Point': return 'point';
    case 'MultiPoint': return 'multipoint';
  }
}

/**
 * A geometry's parts as flat [x, y, …] arrays in the target system. Polygon rings
 * are closed and oriented as the shapefile format requires: outer rings clockwise,
 * holes counter-clockwise (x east, y north). Points give one part per point.
 */
export function shapeParts(geometry: ExportGeometry, fromLonLat: FromLonLat): Float64Array[] {
  switch (geometry.type) {
    case 'Polygon': return polygonParts(geometry.coordinates, fromLonLat);
    case 'MultiPolygon': return geometry.coordinates.flatMap((polygon) => polygonParts(polygon, fromLonLat));
    case 'LineString': return [fromLonLat(flatten(geometry.coordinates))];
    case 'MultiLineString': return geometry.coordinates.map((line) => fromLonLat(flatten(line)));
    case 'Point': return [fromLonLat(geometry.coordinates)];
    case 'MultiPoint': return [fromLonLat(flatten(geometry.coordinates))];
  }
}

function polygonParts(rings: readonly (readonly LonLat[])[], fromLonLat: FromLonLat): Float64Array[] {
  return rings.filter((ring) => ring.length >= 3).map((ring, index) => {
    const flat = fromLonLat(flatten(closed(ring)));
    return orient(flat, index === 0);
  });
}

function closed(ring: readonly LonLat[]): readonly LonLat[] {
  const first = ring[0] as LonLat, last = ring[ring.length - 1] as LonLat;
  return first[0] === last[0] && first[1] === last[1] ? ring : [...ring, first];
}

function flatten(positions: readonly (readonly number[])[]): Float64Array {
  const out = new Float64Array(positions.length * 2);
  positions.forEach((p, i) => {
    out[i * 2] = p[0] as number;
    out[i * 2 + 1] = p[1] as number;
  });
  return out;
}

/** Reverses a ring when its winding is not clockwise (outer) / counter-clockwise (hole). */
function orient(ring: Float64Array, outer: boolean): Float64Array {
  const clockwise = signedAreaRelative(ring) < 0;
  if (clockwise === outer) return ring;
  const reversed = new Float64Array(ring.length);
  for (let i = 0, j = ring.length - 2; j >= 0; i += 2, j -= 2) {
    reversed[i] = ring[j] as number;
    reversed[i + 1] = ring[j + 1] as number;
  }
  return reversed;
}

/**
 * Twice the signed area (positive counter-clockwise) with coordinates taken
 * relative to the first vertex, so eastings of 38 500 000 m lose no precision.
 */
export function signedAreaRelative(ring: ArrayLike<number>): number {
  const x0 = ring[0] as number, y0 = ring[1] as number;
  let twice = 0;
  for (let i = 0; i + 3 < ring.length; i += 2) {
    const ax = (ring[i] as number) - x0, ay = (ring[i + 1] as number) - y0;
    const bx = (ring[i + 2] as number) - x0, by = (ring[i + 3] as number) - y0;
    twice += ax * by - bx * ay;
  }
  return twice;
}
