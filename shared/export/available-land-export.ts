import { squareMetersToMu } from '../geodesy/area-units.ts';
import type { DbfValue } from '../shapefile/dbf-reader.ts';
import { AVAILABLE_LAND_COLUMNS, AVAILABLE_LAND_SOURCE_LABELS } from './available-land-columns.ts';
import { AVAILABLE_LAND_SOURCES, type AvailableLandList } from './available-land-list.ts';
import type { ExportLanguage } from './export-labels.ts';
import { dbfExportColumn, round2 } from './export-table-column.ts';
import type { ParcelFeatureSet } from './parcel-export-features.ts';
import type { XlsxCellValue, XlsxSheet, XlsxWorkbook } from './xlsx-model.ts';

const WORDS = {
  'zh-CN': { list: '可供土地清单', summary: '按来源汇总', title: (y: number) => `${y}年度可供土地清单`, summaryTitle: (y: number) => `${y}年度可供土地按来源汇总`,
    total: '合计', parcels: '宗', source: '土地来源', count: '宗数（宗）', mu: '面积（亩）', sqm: '面积（m²）', cost: '土地成本（万元）' },
  en: { list: 'Available land', summary: 'By source', title: (y: number) => `Available land list ${y}`, summaryTitle: (y: number) => `Available land by source ${y}`,
    total: 'Total', parcels: 'parcels', source: 'Source', count: 'Count', mu: 'Area (mu)', sqm: 'Area (m²)', cost: 'Land cost (10k yuan)' },
} as const;


/**
 * The list as a workbook: the list sheet (one row per item, totals of area and
 * cost) and a summary by source (count, 亩, m², cost). Areas are ellipsoidal
 * (CGCS2000), 2 decimals; totals are summed from unrounded areas.
 */
export function availableLandWorkbook(list: AvailableLandList, options: { language?: ExportLanguage; titlePrefix?: string } = {}): XlsxWorkbook {
  const language = options.language ?? 'zh-CN';
  const words = WORDS[language];
  const prefix = options.titlePrefix ?? '';
  const area = list.items.reduce((sum, item) => sum + item.areaSquareMeters, 0);
  const cost = list.items.reduce((sum, item) => sum + (item.landCostWanYuan ?? 0), 0);
  const totalsByKey: Record<string, XlsxCellValue> = {
    serial: words.total, parcelCode: `${list.items.length} ${words.parcels}`, areaSquareMeters: round2(area),
    areaMu: round2(squareMetersToMu(area)), landCostWanYuan: round2(cost),
  };
  const listSheet: XlsxSheet = {
    name: words.list,
    title: `${prefix}${words.title(list.year)}`,
    columns: AVAILABLE_LAND_COLUMNS.map((c) => ({ header: c.header[language], format: c.format })),
    rows: list.items.map((item) => AVAILABLE_LAND_COLUMNS.map((c) => c.value(item, language))),
    totals: AVAILABLE_LAND_COLUMNS.map((c) => totalsByKey[c.key] ?? null),
  };
  const present = AVAILABLE_LAND_SOURCES.filter((s) => list.bySource[s].count > 0);
  const summarySheet: XlsxSheet = {
    name: words.summary,
    title: `${prefix}${words.summaryTitle(list.year)}`,
    columns: [
      { header: words.source, format: 'text' }, { header: words.count, format: 'integer' }, { header: words.mu, format: 'decimal2' },
      { header: words.sqm, format: 'decimal2' }, { header: words.cost, format: 'decimal2' },
    ],
    rows: present.map((s) => {
      const t = list.bySource[s];
      return [AVAILABLE_LAND_SOURCE_LABELS[s][language], t.count, round2(squareMetersToMu(t.areaSquareMeters)), round2(t.areaSquareMeters), round2(t.landCostWanYuan)];
    }),
    totals: [words.total, list.items.length, round2(squareMetersToMu(area)), round2(area), round2(cost)],
  };
  return { sheets: [listSheet, summarySheet] };
}

/**
 * The list as features for writeShapefileLayers / writeGeoJson: the list's columns
 * as properties (Chinese DBF names), CGCS2000 lon/lat geometry; planned increments
 * without a geometry are kept as features without geometry.
 */
export function availableLandFeatureSet(list: AvailableLandList, language: ExportLanguage = 'zh-CN'): ParcelFeatureSet {
  return {
    features: list.items.map((item) => {
      const properties: Record<string, DbfValue> = {};
      for (const column of AVAILABLE_LAND_COLUMNS) properties[column.key] = column.value(item, language);
      return { geometry: item.geometry ?? null, properties };
    }),
    columns: AVAILABLE_LAND_COLUMNS.map(dbfExportColumn),
  };
}
