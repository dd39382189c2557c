import type { DbfValue } from '../shapefile/dbf-reader.ts';
import type { StoredFeature } from '../model/project.ts';
import { PackageError } from './package-problem.ts';

const GEOMETRY_TYPES = new Set(['Polygon', 'MultiPolygon', 'Point', 'MultiPoint', 'LineString', 'MultiLineString']);

function attributeValue(value: unknown): DbfValue {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : null;
}

/**
 * Reads a layer snapshot (see layer-snapshot.ts) back into stored features:
 * CGCS2000 lon/lat geometry as written, attributes with `source:` names restored,
 * the parcel id and the ellipsoidal area (m²). Throws PackageError (badContent)
 * when the text is not such a snapshot, so nothing half-read is stored.
 */
export function snapshotFeatures(geojsonText: string, entry: string): StoredFeature[] {
  let raw: unknown;
  try {
    raw = JSON.parse(geojsonText);
  } catch {
    throw new PackageError({ code: 'malformedJson', detail: entry });
  }
  const collection = raw as { type?: unknown; features?: unknown };
  if (collection?.type !== 'FeatureCollection' || !Array.isArray(collection.features)) throw new PackageError({ code: 'badContent', detail: `${entry}: not a FeatureCollection` });
  return collection.features.map((item: unknown, index: number) => {
    const feature = item as { properties?: Record<string, unknown>; geometry?: { type?: unknown; coordinates?: unknown } | null };
    const properties = feature?.properties;
    if (!properties || typeof properties.parcelId !== 'string' || properties.parcelId === '') {
      throw new PackageError({ code: 'badContent', detail: `${entry}: feature ${index} has no parcelId` });
    }
    const geometry = feature.geometry ?? null;
    if (geometry !== null && (!GEOMETRY_TYPES.has(String(geometry.type)) || !Array.isArray(geometry.coordinates))) {
      throw new PackageError({ code: 'badContent', detail: `${entry}: feature ${index} has an unknown geometry` });
    }
    const attributes: Record<string, DbfValue> = {};
    for (const [name, value] of Object.entries(properties)) {
      if (name === 'parcelId' || name === 'areaSquareMeters') continue;
      attributes[name.startsWith('source:') ? name.slice('source:'.length) : name] = attributeValue(value);
    }
    const area = typeof properties.areaSquareMeters === 'number' ? properties.areaSquareMeters : undefined;
    return { parcelId: properties.parcelId, geometry: geometry as StoredFeature['geometry'], attributes, ...(area === undefined ? {} : { areaSquareMeters: area }) };
  });
}
