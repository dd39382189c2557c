import type { DbfValue } from '../shapefile/dbf-reader.ts';
import type { ExportColumn } from './dbf-field-schema.ts';
import type { ExportLanguage } from './export-labels.ts';
import { dbfExportColumn } from './export-table-column.ts';
import { PARCEL_EXPORT_COLUMNS, type ParcelExportColumn, type ParcelExportInput } from './parcel-export-columns.ts';
import type { ShapefileExportFeature } from './shapefile-writer.ts';

/** Features ready for the shapefile or GeoJSON writer, and the columns in their order. */
export interface ParcelFeatureSet {
  readonly features: ShapefileExportFeature[];
  readonly columns: ExportColumn[];
}

export interface ParcelFeatureOptions {
  readonly language?: ExportLanguage;
  /** The card columns to write; all of PARCEL_EXPORT_COLUMNS when absent. */
  readonly columns?: readonly ParcelExportColumn[];
  /** Append the imported records' original attributes after the card columns (default true). */
  readonly includeAttributes?: boolean;
}

/**
 * Parcels as export features: the card columns under their keys (parcelCode,
 * areaSquareMeters …, labels in the chosen language), then every original
 * attribute under its own name (`<name>_src` when it would shadow a card key).
 * Shapefile fields get the columns' Chinese DBF names and types.
 */
export function parcelFeatureSet(parcels: readonly ParcelExportInput[], options: ParcelFeatureOptions = {}): ParcelFeatureSet {
  const language = options.language ?? 'zh-CN';
  const cardColumns = options.columns ?? PARCEL_EXPORT_COLUMNS;
  const cardKeys = new Set(cardColumns.map((column) => column.key));
  const attributeNames: string[] = [];
  if (options.includeAttributes ?? true) {
    const seen = new Set<string>();
    for (const parcel of parcels) {
      for (const name of Object.keys(parcel.attributes ?? {})) {
        if (!seen.has(name)) {
          seen.add(name);
          attributeNames.push(name);
        }
      }
    }
  }
  const attributeKey = (name: string) => (cardKeys.has(name) ? `${name}_src` : name);
  const features = parcels.map((parcel) => {
    const properties: Record<string, DbfValue> = {};
    for (const column of cardColumns) properties[column.key] = column.value(parcel, language);
    for (const name of attributeNames) properties[attributeKey(name)] = parcel.attributes?.[name] ?? null;
    return { geometry: parcel.geometry ?? null, properties };
  });
  const columns: ExportColumn[] = [
    ...cardColumns.map(dbfExportColumn),
    ...attributeNames.map((name) => ({ key: attributeKey(name), dbfName: name })),
  ];
  return { features, columns };
}
