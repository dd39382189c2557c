import type { LonLat } from '../model/geometry.ts';
import type { ReferenceGeometry } from '../model/geometry-types.ts';
import type { BaseShapeKind } from '../shapefile/shape-types.ts';

function positions(flat: Float64Array): LonLat[] {
  const out: LonLat[] = [];
  for (let i = 0; i < flat.length; i += 2) out.push([flat[i] as number, flat[i + 1] as number]);
  return out;
}

/** Points and lines (lon/lat parts) as GeoJSON-shaped reference geometry; null when empty. */
export function referenceGeometry(kind: BaseShapeKind, parts: Float64Array[]): ReferenceGeometry | null {
  if (kind === 'point') {
    const [lon, lat] = parts[0] ?? [];
    return lon === undefined || lat === undefined ? null : { type: 'Point', coordinates: [lon, lat] };
  }
  if (kind === 'multipoint') return { type: 'MultiPoint', coordinates: positions(parts[0] ?? new Float64Array()) };
  if (kind === 'polyline') {
    const lines = parts.map(positions).filter((line) => line.length >= 2);
    if (lines.length === 0) return null;
    return lines.length === 1 ? { type: 'LineString', coordinates: lines[0] as LonLat[] } : { type: 'MultiLineString', coordinates: lines };
  }
  return null;
}
