import type { DbfValue } from '../shapefile/dbf-reader.ts';
import { ringsToGeometry } from '../shapefile/polygon-rings.ts';
import type { FeatureIssueCode } from './geometry-check.ts';
import type { ImportedFeature } from './imported-layer.ts';

/**
 * A parcel as the importer produces it: flat lon/lat rings (shapefile order) that
 * storage copies as they are, and GeoJSON geometry and an attribute object built
 * only when something reads them (the preview does not; storage does not).
 */
export class PolygonFeature implements ImportedFeature {
  private geojson: ImportedFeature['geometry'] | undefined;
  private row: Record<string, DbfValue> | undefined;

  constructor(
    readonly sourceIndex: number,
    readonly polygonRings: readonly Float64Array[] | null,
    readonly areaSquareMeters: number,
    readonly recordedAreaSquareMeters: number | undefined,
    readonly areaMismatch: boolean,
    readonly issues: readonly FeatureIssueCode[],
    private readonly readRow: (index: number) => Record<string, DbfValue>,
  ) {}

  get geometry(): ImportedFeature['geometry'] {
    if (this.geojson === undefined) this.geojson = this.polygonRings ? ringsToGeometry(this.polygonRings) : null;
    return this.geojson;
  }

  get attributes(): Record<string, DbfValue> {
    this.row ??= this.readRow(this.sourceIndex);
    return this.row;
  }
}
