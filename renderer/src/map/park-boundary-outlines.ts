import type { LonLat } from '../../../shared/model/geometry.ts';
import type { StoredFeature } from '../../../shared/model/project.ts';
import { boundaryParkName } from '../../../shared/parks/park-boundary-layer.ts';

/** A park boundary polygon or its label point, with the park's name; `boundary` tells it from a hull of parcels. */
export interface BoundaryOutline {
  readonly type: 'Feature';
  readonly properties: { readonly name: string; readonly boundary: true };
  readonly geometry:
    | { readonly type: 'Polygon'; readonly coordinates: LonLat[][] }
    | { readonly type: 'Point'; readonly coordinates: LonLat };
}

/** Park outlines drawn from park-boundary layers, and the parks they cover. */
export interface ParkBoundaryOutlines {
  readonly features: readonly BoundaryOutline[];
  readonly parks: ReadonlySet<string>;
}

/**
 * The park-boundary layers' polygons as park outlines (one Polygon feature per
 * part, lon/lat CGCS2000), named as parks are named elsewhere (preset name
 * for a name or alias, via parkNameIndex), and per park one label point at the
 * middle of the north edge of its boundaries' extent. Unnamed ones are left out.
 */
export function parkBoundaryOutlines(
  layers: readonly { readonly features: readonly StoredFeature[]; readonly nameColumn: string }[], index: ReadonlyMap<string, string>,
): ParkBoundaryOutlines {
  const features: BoundaryOutline[] = [];
  const extents = new Map<string, [number, number, number, number]>();
  for (const { features: stored, nameColumn } of layers) {
    for (const feature of stored) {
      const raw = feature.attributes[nameColumn];
      const geometry = feature.geometry;
      if (typeof raw !== 'string' || raw.trim() === '' || !geometry) continue;
      if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') continue;
      const name = boundaryParkName(raw, index);
      const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
      const extent = extents.get(name) ?? [Infinity, Infinity, -Infinity, -Infinity];
      for (const rings of polygons) {
        features.push({ type: 'Feature', properties: { name, boundary: true }, geometry: { type: 'Polygon', coordinates: rings.map((ring) => [...ring]) } });
        for (const [lon, lat] of rings[0] ?? []) {
          extent[0] = Math.min(extent[0], lon); extent[1] = Math.min(extent[1], lat);
          extent[2] = Math.max(extent[2], lon); extent[3] = Math.max(extent[3], lat);
        }
      }
      extents.set(name, extent);
    }
  }
  for (const [name, [west, , east, north]] of extents) {
    if (Number.isFinite(west)) features.push({ type: 'Feature', properties: { name, boundary: true }, geometry: { type: 'Point', coordinates: [(west + east) / 2, north] } });
  }
  return { features, parks: new Set(extents.keys()) };
}
