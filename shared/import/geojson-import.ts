import { findKnownCrs } from '../crs/china-crs-registry.ts';
import { transformForKnownCrs } from '../crs/lon-lat-transform.ts';
import { recognizeFieldMapping } from '../model/parcel-fields.ts';
import { isClockwiseFlat } from '../model/ring-orientation.ts';
import type { DbfValue } from '../shapefile/dbf-reader.ts';
import { assemblePolygonFeature, rowAttributeSource } from './feature-assembly.ts';
import { summarizeFeatures } from './feature-totals.ts';
import { ImportError } from './import-problem.ts';
import type { ImportedFeature, ImportedLayer, ImportOptions } from './imported-layer.ts';
import type { GeoJsonSource } from './layer-grouping.ts';
import { referenceGeometry } from './reference-geometry.ts';

interface GeoJsonGeometry {
  type: string;
  coordinates?: unknown;
  geometries?: GeoJsonGeometry[];
}
interface GeoJsonFeature {
  geometry: GeoJsonGeometry | null;
  properties?: Record<string, unknown> | null;
}

const flatten = (ring: unknown): Float64Array =>
  Float64Array.from((Array.isArray(ring) ? ring : []).flatMap((p: unknown) => (Array.isArray(p) ? [Number(p[0]), Number(p[1])] : [NaN, NaN])));

/** Shapefile order (outer clockwise) so one ring grouping serves both formats. */
function asShapefileRings(polygon: unknown): Float64Array[] {
  return (Array.isArray(polygon) ? polygon : []).map((ring, index) => {
    const flat = flatten(ring);
    return isClockwiseFlat(flat) === (index === 0) ? flat : reversePairs(flat);
  });
}

function reversePairs(flat: Float64Array): Float64Array {
  const out = new Float64Array(flat.length);
  for (let i = 0; i < flat.length; i += 2) {
    out[i] = flat[flat.length - 2 - i] as number;
    out[i + 1] = flat[flat.length - 1 - i] as number;
  }
  return out;
}

function plainValue(value: unknown): DbfValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return JSON.stringify(value);
}

/** Reads a GeoJSON FeatureCollection (lon/lat, or a legacy named EPSG crs); polygons become parcels. */
export function importGeoJson(source: GeoJsonSource, options: ImportOptions = {}): ImportedLayer {
  let document: { type?: string; features?: GeoJsonFeature[]; crs?: { properties?: { name?: string } } } & GeoJsonFeature;
  try {
    document = JSON.parse(new TextDecoder('utf-8').decode(source.bytes));
  } catch (error) {
    throw new ImportError({ code: 'unreadable-geojson', file: source.path, detail: error instanceof Error ? error.message : String(error) });
  }
  const features: GeoJsonFeature[] = document?.type === 'FeatureCollection' && Array.isArray(document.features)
    ? document.features
    : document?.type === 'Feature' ? [document] : [];
  if (features.length === 0) throw new ImportError({ code: 'empty-layer', file: source.path });
  const crsName = document.crs?.properties?.name?.match(/EPSG:{1,2}(\d+)/)?.[1];
  const known = findKnownCrs(options.crsCode ?? (crsName ? `EPSG:${crsName}` : 'EPSG:4490')) ?? findKnownCrs('EPSG:4490');
  if (!known) throw new ImportError({ code: 'crs-unknown', file: source.path });
  const toLonLat = transformForKnownCrs(known);
  const columns = [...new Set(features.flatMap((f) => Object.keys(f.properties ?? {})))];
  const fieldMapping = options.fieldMapping ?? recognizeFieldMapping(columns);
  const polygonal = features.some((f) => f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon');
  const out: ImportedFeature[] = [];
  let skipped = 0;
  const rows = features.map((feature) => Object.fromEntries(Object.entries(feature.properties ?? {}).map(([k, v]) => [k, plainValue(v)])));
  const attributeSource = rowAttributeSource(rows);
  features.forEach((feature, index) => {
    const attributes = rows[index] as Record<string, DbfValue>;
    const geometry = feature.geometry;
    if (polygonal) {
      const polygons = geometry?.type === 'Polygon' ? [geometry.coordinates] : geometry?.type === 'MultiPolygon' ? (geometry.coordinates as unknown[]) : [];
      const rings = polygons.flatMap(asShapefileRings).map(toLonLat);
      const assembled = assemblePolygonFeature(index, rings.length ? rings : null, attributeSource, fieldMapping, options);
      if (assembled) out.push(assembled);
      else skipped++;
      return;
    }
    const kind = geometry?.type === 'Point' ? 'point' : geometry?.type === 'MultiPoint' ? 'multipoint' : 'polyline';
    const parts = geometry?.type === 'Point' ? [flatten([geometry.coordinates])]
      : geometry?.type === 'LineString' || geometry?.type === 'MultiPoint' ? [flatten(geometry.coordinates)]
      : geometry?.type === 'MultiLineString' ? (geometry.coordinates as unknown[]).map(flatten) : [];
    const reference = referenceGeometry(kind, parts.map(toLonLat));
    out.push({ sourceIndex: index, geometry: reference, attributes, areaSquareMeters: 0, areaMismatch: false, issues: reference ? [] : ['null-geometry'] });
  });
  const firstType = features.find((f) => f.geometry)?.geometry?.type ?? 'Null';
  return {
    name: source.name, path: source.path,
    geometryType: polygonal ? 'Polygon' : firstType.includes('Line') ? 'LineString' : firstType === 'MultiPoint' ? 'MultiPoint' : firstType === 'Point' ? 'Point' : 'Null',
    role: polygonal ? 'parcels' : 'reference',
    featureCount: features.length,
    encoding: { name: 'utf-8', source: 'detected' },
    crs: { code: known.code, name: known.nameZh, nameEn: known.nameEn, source: options.crsCode ? 'user' : crsName ? 'prj' : 'detected', needsConfirmation: false },
    fields: columns.map((name) => ({ name, type: 'C' })),
    fieldMapping,
    ...summarizeFeatures(out),
    skippedFeatures: skipped,
    warnings: [],
    sample: out.slice(0, 3).map((f) => f.attributes),
    features: out,
  };
}
