import type { FeatureCollection } from 'geojson';
import type { StoredFeature } from '../../../shared/model/project.ts';

/** Turns stored features into the GeoJSON the map source takes (CGCS2000 lon/lat drawn as WGS84). */
export function toParcelCollection(features: readonly StoredFeature[]): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: features.flatMap((feature, index) =>
      feature.geometry
        ? [{
            type: 'Feature' as const,
            id: index,
            geometry: feature.geometry as FeatureCollection['features'][number]['geometry'],
            properties: { parcelId: feature.parcelId },
          }]
        : [],
    ),
  };
}
