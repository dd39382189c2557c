import type { XlsxCellValue, XlsxColumn } from './xlsx-model.ts';

const MIN_WIDTH = 6;
const MAX_WIDTH = 50;
/** Rows looked at to size a column; enough to see typical values without walking 100k rows. */
const SAMPLE_ROWS = 2000;

/** Display width in Excel characters: East Asian wide and fullwidth characters count 2. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/.test(ch) || (ch.codePointAt(0) as number) > 0xffff ? 2 : 1;
  return width;
}

/** A number as its format shows it, with thousands separators (no Intl: this runs per sampled cell). */
function grouped(value: number, decimals: number): string {
  const [whole, fraction] = Math.abs(value).toFixed(decimals).split('.');
  const withCommas = (whole as string).replace(/\B(?=(\d{3})+$)/g, ',');
  return `${value < 0 ? '-' : ''}${withCommas}${fraction === undefined ? '' : `.${fraction}`}`;
}

function shownText(value: XlsxCellValue, column: XlsxColumn): string {
  if (value === null) return '';
  if (typeof value === 'number') {
    if (column.format === 'decimal2') return grouped(value, 2);
    if (column.format === 'integer') return grouped(value, 0);
    if (column.format === 'percent') return `${(value * 100).toFixed(2)}%`;
  }
  return String(value);
}

/**
 * Column width in Excel characters: the given width, else the widest of the
 * header (which wraps, so half of it counts beyond 12) and the first rows' values,
 * plus padding, within 6–50.
 */
export function columnWidth(column: XlsxColumn, index: number, rows: readonly (readonly XlsxCellValue[])[]): number {
  if (column.width !== undefined) return column.width;
  const header = displayWidth(column.header);
  let widest = header <= 12 ? header : 12 + (header - 12) / 2;
  const sample = Math.min(rows.length, SAMPLE_ROWS);
  for (let r = 0; r < sample; r++) {
    const text = shownText((rows[r] as readonly XlsxCellValue[])[index] ?? null, column);
    const longestLine = Math.max(0, ...text.split('\n').map(displayWidth));
    if (longestLine > widest) widest = longestLine;
  }
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, Math.ceil(widest + 2)));
}
