import type { DbfValue } from '../shapefile/dbf-reader.ts';
import type { BboxLonLat, ParcelGeometry } from './geometry.ts';
import type { ReferenceGeometry } from './geometry-types.ts';
import type { FieldMapping } from './parcel-fields.ts';

/** A survey project: the unit a county works on and hands to the city. */
export interface Project {
  readonly id: string;
  readonly name: string;
  /** ISO 8601 UTC. */
  readonly createdAt: string;
}

/**
 * What a stored layer is: parcels (the inventory), reference (points, lines),
 * or park boundaries (polygons naming parks; the name column is the layer's
 * fieldMapping.park; never counted as parcels).
 */
export type LayerRole = 'parcels' | 'reference' | 'parkBoundaries';

/** An imported layer of a project; its features are stored in chunks. */
export interface LayerRecord {
  readonly id: string;
  readonly projectId: string;
  readonly name: string;
  readonly featureCount: number;
  readonly bbox: BboxLonLat;
  readonly importedAt: string;
  /** Polygon layers are parcels unless marked park boundaries; points and lines are reference layers. Absent before v3: parcels. */
  readonly role?: LayerRole;
  readonly crs?: { readonly code: string | null; readonly name: string; readonly source: string };
  readonly encoding?: { readonly name: string; readonly source: string };
  readonly fields?: readonly { readonly name: string; readonly type: string }[];
  readonly fieldMapping?: FieldMapping;
  /** Sum of the parcels' ellipsoidal areas on CGCS2000, m². */
  readonly areaSquareMeters?: number;
  readonly warnings?: readonly string[];
}

/** One import of source files, kept to recognise the same files imported again. */
export interface ImportRecord {
  readonly id: string;
  readonly projectId: string;
  readonly layerId: string;
  /** SHA-256 (hex) over the layer's source bytes (.shp then .dbf, or the GeoJSON). */
  readonly sourceSha256: string;
  readonly sourcePath: string;
  readonly importedAt: string;
  readonly featureCount: number;
}

/** One stored feature: immutable source geometry (CGCS2000 lon/lat) and attributes. */
export interface StoredFeature {
  readonly parcelId: string;
  readonly geometry: ParcelGeometry | ReferenceGeometry | null;
  readonly attributes: Record<string, DbfValue>;
  /** Ellipsoidal area on CGCS2000 (m²) for parcels. */
  readonly areaSquareMeters?: number;
  readonly recordedAreaSquareMeters?: number;
  readonly areaMismatch?: boolean;
  /** Geometry issue codes found on import. */
  readonly issues?: readonly string[];
}
