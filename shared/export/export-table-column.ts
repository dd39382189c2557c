import type { DbfValue } from '../shapefile/dbf-reader.ts';
import type { DbfFieldType } from '../shapefile/dbf-table-writer.ts';
import type { ExportColumn } from './dbf-field-schema.ts';
import type { ExportLanguage, ExportTexts } from './export-labels.ts';
import type { XlsxFormat } from './xlsx-model.ts';

/** A column of an export table over items of type T: header with unit, Excel format, DBF name/type, and how to read the value. */
export interface ExportTableColumn<T> {
  readonly key: string;
  readonly header: ExportTexts;
  readonly format: XlsxFormat;
  /** DBF field name (≤ 10 GBK bytes). */
  readonly dbfName: string;
  readonly dbfType: DbfFieldType;
  readonly decimals?: number;
  readonly value: (item: T, language: ExportLanguage) => DbfValue;
}

/** The column as the DBF schema reads it: key, DBF name, type and decimals when set. */
export function dbfExportColumn<T>(column: ExportTableColumn<T>): ExportColumn {
  const { key, dbfName, dbfType: type, decimals } = column;
  return decimals === undefined ? { key, dbfName, type } : { key, dbfName, type, decimals };
}

/** A figure rounded to 2 decimals as ledgers print areas (m², 亩) and costs (万元). */
export function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
