import { squareMetersToMu } from '../geodesy/area-units.ts';
import type { DbfValue } from '../shapefile/dbf-reader.ts';
import type { ParcelClass } from '../survey/card-enums.ts';
import { PARCEL_CLASS_LABELS, type ExportLanguage } from './export-labels.ts';
import { round2 } from './export-table-column.ts';
import { PARCEL_EXPORT_COLUMNS, type ParcelExportColumn, type ParcelExportInput } from './parcel-export-columns.ts';
import { LEDGER_CLASSES, summarizeAll, summarizeByPark, type ParkSummary } from './park-summary.ts';
import type { XlsxCellValue, XlsxColumn, XlsxSheet, XlsxWorkbook } from './xlsx-model.ts';

export interface LedgerWorkbookOptions {
  readonly language?: ExportLanguage;
  /** One sheet per class, in this order; 批而未供, 闲置, 低效, 储备 by default. */
  readonly classes?: readonly ParcelClass[];
  /** Put before sheet titles, e.g. '许昌市' → '许昌市闲置土地台账'. */
  readonly titlePrefix?: string;
  /** 'YYYY-MM-DD' shown in titles as the date the figures stand at. */
  readonly asOfDate?: string;
  /** Parks in this order first (e.g. the park preset's order), then the others by Chinese collation. */
  readonly parkOrder?: readonly string[];
  /** Card columns of the class sheets; PARCEL_EXPORT_COLUMNS without the class by default. */
  readonly columns?: readonly ParcelExportColumn[];
}

const WORDS = {
  'zh-CN': { summary: '汇总', ledger: '土地台账', summaryTitle: '土地台账汇总（按园区）', serial: '序号', total: '合计', parcels: '宗', noPark: '（未填园区）', asOf: '截至', yes: '是', no: '',
    park: '园区', count: '宗数（宗）', mu: '面积（亩）', sqm: '面积（m²）', disposed: '已处置面积（亩）', rate: '消化处置率（%）', listings: '挂牌督办（宗）' },
  en: { summary: 'Summary', ledger: ' land ledger', summaryTitle: 'Land ledger summary by park', serial: 'No.', total: 'Total', parcels: 'parcels', noPark: '(no park)', asOf: 'as of', yes: 'Yes', no: '',
    park: 'Park', count: 'count', mu: 'area (mu)', sqm: 'area (m²)', disposed: 'Disposed area (mu)', rate: 'Disposal rate (%)', listings: 'Supervised listings' },
} as const;

const mu2 = (squareMeters: number): number => round2(squareMetersToMu(squareMeters));

/**
 * The ledgers an office files, as a workbook: a summary sheet (one row per park:
 * count and area in 亩 per class, totals in 亩 and m², disposed area, disposal
 * rate, supervised listings) and one sheet per class listing its parcels with
 * Chinese headers and units. Areas are ellipsoidal (CGCS2000), 2 decimals; totals
 * are summed from unrounded areas. Parcels are read with their shown class.
 */
export function ledgerWorkbook(parcels: readonly ParcelExportInput[], options: LedgerWorkbookOptions = {}): XlsxWorkbook {
  const language = options.language ?? 'zh-CN';
  const words = WORDS[language];
  const classes = options.classes ?? LEDGER_CLASSES;
  const columns = options.columns ?? PARCEL_EXPORT_COLUMNS.filter((c) => c.key !== 'parcelClass');
  const suffix = options.asOfDate ? (language === 'zh-CN' ? `（${words.asOf} ${options.asOfDate}）` : ` (${words.asOf} ${options.asOfDate})`) : '';
  const title = (text: string) => `${options.titlePrefix ?? ''}${text}${suffix}`;
  const collator = new Intl.Collator(language);
  const order = options.parkOrder ?? [];
  const rank = (park: string) => (park === '' ? Infinity : order.includes(park) ? order.indexOf(park) : order.length);
  const sorted = [...parcels].sort((a, b) => rank(a.row.park) - rank(b.row.park) || collator.compare(a.row.park, b.row.park) ||
    collator.compare(a.row.parcelCode, b.row.parcelCode));
  const classSheets = classes.map((parcelClass): XlsxSheet => {
    const label = PARCEL_CLASS_LABELS[parcelClass][language];
    const members = sorted.filter((p) => p.row.parcelClass === parcelClass);
    const cell = (value: DbfValue): XlsxCellValue => (typeof value === 'boolean' ? (value ? words.yes : words.no) : value);
    const sumOf = (key: string) => round2(members.reduce((sum, p) => sum + (key === 'areaMu' ? squareMetersToMu(p.row.areaSquareMeters) : p.row.areaSquareMeters), 0));
    return {
      name: label,
      title: title(`${label}${words.ledger}`),
      columns: [{ header: words.serial, format: 'integer' }, ...columns.map((c): XlsxColumn => ({ header: c.header[language], format: c.format }))],
      rows: members.map((p, i) => [i + 1, ...columns.map((c) => cell(c.value(p, language)))]),
      totals: [words.total, ...columns.map((c, i) => (c.key === 'areaSquareMeters' || c.key === 'areaMu' ? sumOf(c.key)
        : i === 0 ? `${members.length} ${words.parcels}` : null))],
    };
  });
  return { sheets: [summarySheet(parcels, classes, language, title(words.summaryTitle), order), ...classSheets] };
}

function summarySheet(
  parcels: readonly ParcelExportInput[], classes: readonly ParcelClass[], language: ExportLanguage, title: string, parkOrder: readonly string[],
): XlsxSheet {
  const words = WORDS[language];
  const rows = parcels.map((p) => p.row);
  const sep = language === 'zh-CN' ? '' : ' ';
  const columns: XlsxColumn[] = [
    { header: words.serial, format: 'integer' }, { header: words.park, format: 'text' },
    ...classes.flatMap((c): XlsxColumn[] => [
      { header: `${PARCEL_CLASS_LABELS[c][language]}${sep}${words.count}`, format: 'integer' },
      { header: `${PARCEL_CLASS_LABELS[c][language]}${sep}${words.mu}`, format: 'decimal2' },
    ]),
    { header: `${words.total}${sep}${words.count}`, format: 'integer' }, { header: `${words.total}${sep}${words.mu}`, format: 'decimal2' },
    { header: `${words.total}${sep}${words.sqm}`, format: 'decimal2' }, { header: words.disposed, format: 'decimal2' },
    { header: words.rate, format: 'percent' }, { header: words.listings, format: 'integer' },
  ];
  const line = (summary: ParkSummary): XlsxCellValue[] => {
    const count = classes.reduce((sum, c) => sum + summary.byClass[c].count, 0);
    const area = classes.reduce((sum, c) => sum + summary.byClass[c].areaSquareMeters, 0);
    return [
      ...classes.flatMap((c) => [summary.byClass[c].count, mu2(summary.byClass[c].areaSquareMeters)]),
      count, mu2(area), round2(area), mu2(summary.disposedSquareMeters),
      summary.disposalRate === null ? null : Math.round(summary.disposalRate * 10000) / 10000, summary.supervisedListings,
    ];
  };
  return {
    name: words.summary, title, columns,
    rows: summarizeByPark(rows, parkOrder).map((s, i) => [i + 1, s.park || words.noPark, ...line(s)]),
    totals: [words.total, null, ...line(summarizeAll(rows))],
  };
}
