import { CGCS2000, eccentricitySquared } from '../../../shared/geodesy/ellipsoid.ts';
import type { LonLat } from '../../../shared/model/geometry.ts';

/** A parcel outline fitted into a box of `width` × `height` SVG units (y down, north up). */
export interface OutlineDrawing {
  readonly width: number;
  readonly height: number;
  /** One SVG path per part; holes are sub-paths (draw with fill-rule evenodd). */
  readonly paths: readonly string[];
  /** Centre of the outline's extent, for the label. */
  readonly center: readonly [number, number];
  /** SVG units per metre on the ground. */
  readonly unitsPerMeter: number;
  /** A round scale-bar length (1, 2 or 5 × 10ⁿ m) and its length in SVG units. */
  readonly scaleBar: { readonly meters: number; readonly length: number };
}

const E2 = eccentricitySquared(CGCS2000);
const A = CGCS2000.semiMajorAxisMeters;

/** Metres per degree of latitude and of longitude at latitude φ on CGCS2000 (meridian and parallel radii). */
export function metersPerDegree(latDeg: number): { lat: number; lon: number } {
  const phi = (latDeg * Math.PI) / 180;
  const w = Math.sqrt(1 - E2 * Math.sin(phi) ** 2);
  return { lat: (Math.PI / 180) * (A * (1 - E2)) / w ** 3, lon: (Math.PI / 180) * (A * Math.cos(phi)) / w };
}

/** The largest 1, 2 or 5 × 10ⁿ not above `meters` (at least 1 m). */
export function roundScaleLength(meters: number): number {
  if (!(meters >= 1)) return 1;
  const power = 10 ** Math.floor(Math.log10(meters));
  const steps = [5, 2, 1].map((s) => s * power);
  return steps.find((s) => s <= meters) ?? power;
}

const fmt = (value: number) => (Math.round(value * 100) / 100).toString();

/**
 * Projects a parcel's rings (parts → rings → [lon, lat] degrees, CGCS2000) to a
 * local plane in metres — x = Δlon × metres per degree of longitude (∝ cos φ at
 * the extent's middle latitude), y = Δlat × metres per degree of latitude — and
 * fits it, shape kept, into the box with `padding` on every side. The scale bar
 * is about a quarter of the box width.
 */
export function projectOutline(parts: readonly (readonly (readonly LonLat[])[])[], width: number, height: number, padding: number): OutlineDrawing {
  let west = Infinity, south = Infinity, east = -Infinity, north = -Infinity;
  for (const part of parts) for (const ring of part) for (const [lon, lat] of ring) {
    west = Math.min(west, lon); east = Math.max(east, lon); south = Math.min(south, lat); north = Math.max(north, lat);
  }
  if (!Number.isFinite(west)) {
    return { width, height, paths: [], center: [width / 2, height / 2], unitsPerMeter: 1, scaleBar: { meters: 1, length: 1 } };
  }
  const perDegree = metersPerDegree((south + north) / 2);
  const spanX = (east - west) * perDegree.lon, spanY = (north - south) * perDegree.lat;
  const innerW = width - 2 * padding, innerH = height - 2 * padding;
  const unitsPerMeter = Math.min(spanX > 0 ? innerW / spanX : Infinity, spanY > 0 ? innerH / spanY : Infinity);
  const scale = Number.isFinite(unitsPerMeter) ? unitsPerMeter : 1;
  const offsetX = (width - spanX * scale) / 2, offsetY = (height - spanY * scale) / 2;
  const x = (lon: number) => offsetX + (lon - west) * perDegree.lon * scale;
  const y = (lat: number) => offsetY + (north - lat) * perDegree.lat * scale;
  const paths = parts.map((part) => part
    .filter((ring) => ring.length > 0)
    .map((ring) => `M${ring.map(([lon, lat]) => `${fmt(x(lon))} ${fmt(y(lat))}`).join('L')}Z`)
    .join(''));
  const meters = roundScaleLength(width / 4 / scale);
  return { width, height, paths, center: [x((west + east) / 2), y((south + north) / 2)], unitsPerMeter: scale, scaleBar: { meters, length: meters * scale } };
}
