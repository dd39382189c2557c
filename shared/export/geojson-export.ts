import type { DbfValue } from '../shapefile/dbf-reader.ts';
import { forEachInChunks, type ExportProgressCallback } from './export-progress.ts';
import type { ExportGeometry } from './shape-parts.ts';

/** A feature for GeoJSON: CGCS2000 lon/lat geometry (or none), flat properties, optional id. */
export interface GeoJsonExportFeature {
  readonly id?: string;
  readonly geometry: ExportGeometry | null;
  readonly properties: Readonly<Record<string, DbfValue>>;
}

export interface GeoJsonExportOptions {
  /** Decimal places kept in coordinates (degrees); 8 ≈ 1 mm, enough for official areas. Default 8. */
  readonly coordinateDecimals?: number;
  readonly onProgress?: ExportProgressCallback;
}

type Position = readonly number[];

/**
 * A GeoJSON FeatureCollection text per RFC 7946: [longitude, latitude] degrees
 * (CGCS2000, which RFC 7946's WGS 84 equals to within a metre), no "crs" member,
 * polygon rings closed and wound by the right-hand rule (outer counter-clockwise,
 * holes clockwise), a bbox per feature, properties as given.
 */
export function writeGeoJson(features: readonly GeoJsonExportFeature[], options: GeoJsonExportOptions = {}): string {
  const scale = 10 ** (options.coordinateDecimals ?? 8);
  const round = (p: Position): number[] => [Math.round((p[0] as number) * scale) / scale, Math.round((p[1] as number) * scale) / scale];
  const parts: string[] = new Array(features.length);
  forEachInChunks(features.length, 'attributes', (i) => {
    const feature = features[i] as GeoJsonExportFeature;
    const geometry = feature.geometry ? rfc7946Geometry(feature.geometry, round) : null;
    const box = geometry ? bboxOf(geometry.coordinates) : undefined;
    parts[i] = JSON.stringify({
      type: 'Feature', ...(feature.id === undefined ? {} : { id: feature.id }), ...(box ? { bbox: box } : {}),
      geometry, properties: feature.properties,
    });
  }, options.onProgress);
  return `{"type":"FeatureCollection","features":[\n${parts.join(',\n')}\n]}\n`;
}

type Coordinates = number[] | number[][] | number[][][] | number[][][][];

function rfc7946Geometry(geometry: ExportGeometry, round: (p: Position) => number[]): { type: string; coordinates: Coordinates } {
  const ring = (positions: readonly Position[], outer: boolean) => wind(closeRing(positions.map(round)), outer);
  const polygon = (rings: readonly (readonly Position[])[]) => rings.map((r, i) => ring(r, i === 0));
  switch (geometry.type) {
    case 'Polygon': return { type: 'Polygon', coordinates: polygon(geometry.coordinates) };
    case 'MultiPolygon': return { type: 'MultiPolygon', coordinates: geometry.coordinates.map(polygon) };
    case 'Point': return { type: 'Point', coordinates: round(geometry.coordinates) };
    case 'MultiPoint': return { type: 'MultiPoint', coordinates: geometry.coordinates.map(round) };
    case 'LineString': return { type: 'LineString', coordinates: geometry.coordinates.map(round) };
    case 'MultiLineString': return { type: 'MultiLineString', coordinates: geometry.coordinates.map((line) => line.map(round)) };
  }
}

function closeRing(ring: number[][]): number[][] {
  const first = ring[0], last = ring[ring.length - 1];
  return first && last && (first[0] !== last[0] || first[1] !== last[1]) ? [...ring, first] : ring;
}

/** Outer rings counter-clockwise, holes clockwise (RFC 7946 §3.1.6). */
function wind(ring: number[][], outer: boolean): number[][] {
  let twice = 0;
  const [x0, y0] = ring[0] ?? [0, 0];
  for (let i = 0; i + 1 < ring.length; i++) {
    const a = ring[i] as number[], b = ring[i + 1] as number[];
    twice += ((a[0] as number) - (x0 as number)) * ((b[1] as number) - (y0 as number)) - ((b[0] as number) - (x0 as number)) * ((a[1] as number) - (y0 as number));
  }
  return (twice > 0) === outer ? ring : ring.slice().reverse();
}

function bboxOf(coordinates: Coordinates): [number, number, number, number] | undefined {
  let west = Infinity, south = Infinity, east = -Infinity, north = -Infinity;
  const visit = (c: Coordinates | number): void => {
    if (typeof c === 'number' || !Array.isArray(c)) return;
    if (typeof c[0] === 'number') {
      const [x, y] = c as number[];
      west = Math.min(west, x as number); east = Math.max(east, x as number);
      south = Math.min(south, y as number); north = Math.max(north, y as number);
      return;
    }
    for (const child of c as Coordinates[]) visit(child);
  };
  visit(coordinates);
  return west === Infinity ? undefined : [west, south, east, north];
}
