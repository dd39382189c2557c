/** A cell: text, number, boolean, or empty. Dates are 'YYYY-MM-DD' text in a 'date' column. */
export type XlsxCellValue = string | number | boolean | null;

/**
 * How a column's cells are shown: text ('@'), integer ('#,##0'), decimal2
 * ('#,##0.00', e.g. m² and 亩), date ('yyyy-mm-dd', written as an Excel serial
 * day so it sorts), percent ('0.00%', from a fraction).
 */
export type XlsxFormat = 'text' | 'integer' | 'decimal2' | 'date' | 'percent';

export interface XlsxColumn {
  /** Header text, with the unit, e.g. '面积（亩）'. */
  readonly header: string;
  readonly format: XlsxFormat;
  /** Width in Excel characters (a Chinese character is about 2); from the contents when absent. */
  readonly width?: number;
}

export interface XlsxSheet {
  /** Tab name; cut to 31 characters, characters Excel forbids replaced, made unique. */
  readonly name: string;
  /** Optional title row above the header, merged across the columns (printed on every page with the header). */
  readonly title?: string;
  readonly columns: readonly XlsxColumn[];
  readonly rows: readonly (readonly XlsxCellValue[])[];
  /** Optional bold total row after the data. */
  readonly totals?: readonly XlsxCellValue[];
}

export interface XlsxWorkbook {
  readonly sheets: readonly XlsxSheet[];
}
