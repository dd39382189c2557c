import { forEachInChunks, type ExportProgressCallback } from './export-progress.ts';
import { columnWidth } from './xlsx-column-width.ts';
import type { XlsxCellValue, XlsxColumn, XlsxSheet } from './xlsx-model.ts';
import { cellStyle, STYLE_HEADER, STYLE_TITLE } from './xlsx-styles.ts';
import { cellRef, columnLetters, xmlEscape } from './xml-text.ts';

/** Index of a string in the workbook's shared-string table, adding it when new. */
export type SharedStrings = (text: string) => number;

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Rows above the data: the title (when there is one) and the header. */
export function headerRowCount(sheet: XlsxSheet): number {
  return sheet.title ? 2 : 1;
}

/** Excel serial day (1900 system) of an ISO date, or undefined for other text. */
export function excelSerialDay(iso: string): number | undefined {
  const match = ISO_DATE.exec(iso);
  if (!match) return undefined;
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isNaN(ms) ? undefined : ms / 86_400_000 + 25_569;
}

function cellXml(ref: string, value: XlsxCellValue, column: XlsxColumn, total: boolean, strings: SharedStrings): string {
  const s = cellStyle(column.format, total);
  if (value === null || value === '') return `<c r="${ref}" s="${s}"/>`;
  if (typeof value === 'boolean') return `<c r="${ref}" s="${s}" t="b"><v>${value ? 1 : 0}</v></c>`;
  if (typeof value === 'number' && column.format !== 'text') {
    return Number.isFinite(value) ? `<c r="${ref}" s="${s}"><v>${value}</v></c>` : `<c r="${ref}" s="${s}"/>`;
  }
  const serial = column.format === 'date' ? excelSerialDay(String(value)) : undefined;
  if (serial !== undefined) return `<c r="${ref}" s="${s}"><v>${serial}</v></c>`;
  return `<c r="${ref}" s="${s}" t="s"><v>${strings(String(value))}</v></c>`;
}

function rowXml(r: number, values: readonly XlsxCellValue[], columns: readonly XlsxColumn[], total: boolean, strings: SharedStrings): string {
  let cells = '';
  columns.forEach((column, c) => {
    cells += cellXml(cellRef(r, c), values[c] ?? null, column, total, strings);
  });
  return `<row r="${r + 1}">${cells}</row>`;
}

/**
 * A worksheet part: optional merged title row, bold wrapped header, data rows,
 * optional totals; header rows frozen and filtered; printed landscape on A4, fit
 * to one page wide, with "第 n 页，共 m 页" in the footer. Print titles (the
 * header repeated on each page) are defined in the workbook part.
 */
export function sheetXml(sheet: XlsxSheet, strings: SharedStrings, onProgress?: ExportProgressCallback): string {
  const { columns, rows } = sheet;
  const top = headerRowCount(sheet);
  const lastColumn = columnLetters(Math.max(0, columns.length - 1));
  const lastRow = top + rows.length + (sheet.totals ? 1 : 0);
  const parts: string[] = [];
  if (sheet.title) parts.push(`<row r="1" ht="24" customHeight="1"><c r="A1" s="${STYLE_TITLE}" t="s"><v>${strings(sheet.title)}</v></c></row>`);
  const headers = columns.map((column, c) => `<c r="${cellRef(top - 1, c)}" s="${STYLE_HEADER}" t="s"><v>${strings(column.header)}</v></c>`);
  parts.push(`<row r="${top}">${headers.join('')}</row>`);
  forEachInChunks(rows.length, 'sheet', (i) => {
    parts.push(rowXml(top + i, rows[i] as readonly XlsxCellValue[], columns, false, strings));
  }, onProgress);
  if (sheet.totals) parts.push(rowXml(top + rows.length, sheet.totals, columns, true, strings));
  const cols = columns.map((column, c) => `<col min="${c + 1}" max="${c + 1}" width="${columnWidth(column, c, rows)}" customWidth="1"/>`);
  const firstData = `A${top + 1}`;
  return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' +
    `<dimension ref="A1:${lastColumn}${lastRow}"/>` +
    `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${top}" topLeftCell="${firstData}" activePane="bottomLeft" state="frozen"/>` +
    `<selection pane="bottomLeft" activeCell="${firstData}" sqref="${firstData}"/></sheetView></sheetViews>` +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    (cols.length > 0 ? `<cols>${cols.join('')}</cols>` : '') +
    `<sheetData>${parts.join('')}</sheetData>` +
    `<autoFilter ref="A${top}:${lastColumn}${top + rows.length}"/>` +
    (sheet.title && columns.length > 1 ? `<mergeCells count="1"><mergeCell ref="A1:${lastColumn}1"/></mergeCells>` : '') +
    '<printOptions horizontalCentered="1"/>' +
    '<pageMargins left="0.4" right="0.4" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>' +
    '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>' +
    `<headerFooter><oddFooter>${xmlEscape('&C第 &P 页，共 &N 页')}</oddFooter></headerFooter>` +
    '</worksheet>';
}
