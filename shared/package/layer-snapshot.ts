import type { StoredFeature } from '../model/project.ts';

/**
 * A layer's features as the GeoJSON a package carries for recipients without
 * the base data: CGCS2000 lon/lat geometry (EPSG:4490, RFC 7946 axis order),
 * every original attribute, plus `parcelId` and the ellipsoidal
 * `areaSquareMeters` (CGCS2000). Attributes named like those two are kept under `source:`.
 */
export function layerSnapshotText(features: Iterable<Pick<StoredFeature, 'parcelId' | 'geometry' | 'attributes' | 'areaSquareMeters'>>): string {
  const parts: string[] = ['{"type":"FeatureCollection","features":['];
  let first = true;
  for (const feature of features) {
    const properties: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(feature.attributes)) {
      properties[name === 'parcelId' || name === 'areaSquareMeters' ? `source:${name}` : name] = value;
    }
    properties.parcelId = feature.parcelId;
    properties.areaSquareMeters = feature.areaSquareMeters ?? null;
    parts.push(`${first ? '' : ','}${JSON.stringify({ type: 'Feature', properties, geometry: feature.geometry })}`);
    first = false;
  }
  parts.push(']}');
  return parts.join('');
}
