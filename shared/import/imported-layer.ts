import type { ResolvedEncoding } from '../encoding/dbf-encoding.ts';
import type { BboxLonLat, ParcelGeometry } from '../model/geometry.ts';
import type { ReferenceGeometry } from '../model/geometry-types.ts';
import type { FieldMapping } from '../model/parcel-fields.ts';
import type { DbfValue } from '../shapefile/dbf-reader.ts';
import type { FeatureIssueCode } from './geometry-check.ts';

/** What the user may choose before importing a layer. */
export interface ImportOptions {
  /** TextDecoder label overriding .cpg / LDID / detection. */
  readonly encoding?: string;
  /** "EPSG:n" overriding .prj / detection. */
  readonly crsCode?: string;
  /** What to do with features whose geometry has issues. */
  readonly invalidFeatures?: 'keep' | 'fix' | 'skip';
  /** Relative difference between the ellipsoidal and the recorded area that flags a parcel (0.01 = 1%). */
  readonly areaTolerance?: number;
  /** Central meridian suggested for plain Gauss-Krüger eastings (the project region). */
  readonly defaultCentralMeridianDegrees?: number;
  readonly fieldMapping?: FieldMapping;
  /** Called every few thousand records. */
  readonly onProgress?: (progress: ImportProgress) => void;
}

export interface ImportProgress {
  readonly stage: 'reading' | 'converting';
  readonly done: number;
  readonly total: number;
}

export interface ImportedFeature {
  readonly sourceIndex: number;
  readonly geometry: ParcelGeometry | ReferenceGeometry | null;
  readonly attributes: Record<string, DbfValue>;
  /** Ellipsoidal area on CGCS2000 for polygons, else 0. */
  readonly areaSquareMeters: number;
  /** The area the source records (registeredArea column, converted to m²), if any. */
  readonly recordedAreaSquareMeters?: number;
  readonly areaMismatch: boolean;
  readonly issues: readonly FeatureIssueCode[];
  /** Parcels from shapefiles: the rings as flat lon/lat arrays in shapefile order (null: no geometry). */
  readonly polygonRings?: readonly Float64Array[] | null;
}

/** Everything the preview shows, and the features to store. */
export interface ImportedLayer {
  readonly name: string;
  readonly path: string;
  /** 'Polygon' layers become parcels; the others are reference layers. */
  readonly geometryType: 'Polygon' | 'LineString' | 'Point' | 'MultiPoint' | 'Null';
  readonly role: 'parcels' | 'reference';
  readonly featureCount: number;
  readonly encoding: ResolvedEncoding;
  readonly crs: {
    readonly code: string | null;
    readonly name: string;
    readonly nameEn: string;
    readonly source: 'prj' | 'detected' | 'user';
    readonly needsConfirmation: boolean;
    readonly reason?: string;
  };
  readonly fields: { readonly name: string; readonly type: string }[];
  readonly fieldMapping: FieldMapping;
  readonly bboxLonLat: BboxLonLat | null;
  readonly areaSquareMeters: number;
  readonly areaMu: number;
  /** Features with at least one geometry issue. */
  readonly invalidFeatures: number;
  readonly issueCounts: Partial<Record<FeatureIssueCode, number>>;
  readonly areaMismatches: number;
  readonly skippedFeatures: number;
  /** Stable codes: 'prj-missing', 'z-m-dropped', 'datum-not-converted', … */
  readonly warnings: string[];
  /** The first three records' attributes, decoded. */
  readonly sample: Record<string, DbfValue>[];
  readonly features: ImportedFeature[];
  /** Attributes column-wise, indexed by source record (shapefiles), for storage without row objects. */
  readonly attributeColumns?: Record<string, DbfValue[]>;
  /** Source record of attributeColumns' first entry (a range import starts past 0). */
  readonly attributeColumnsOffset?: number;
}
