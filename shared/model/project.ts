import type { DbfValue } from '../shapefile/dbf-reader.ts';
import type { BboxLonLat, ParcelGeometry } from './geometry.ts';

/** A survey project: the unit a county works on and hands to the city. */
export interface Project {
  readonly id: string;
  readonly name: string;
  /** ISO 8601 UTC. */
  readonly createdAt: string;
}

/** An imported layer of a project; its features are stored in chunks. */
export interface LayerRecord {
  readonly id: string;
  readonly projectId: string;
  readonly name: string;
  readonly featureCount: number;
  readonly bbox: BboxLonLat;
  readonly importedAt: string;
}

/** One stored feature: immutable source geometry (CGCS2000 lon/lat) and attributes. */
export interface StoredFeature {
  readonly parcelId: string;
  readonly geometry: ParcelGeometry | null;
  readonly attributes: Record<string, DbfValue>;
}
