import { squareMetersToMu } from '../geodesy/area-units.ts';
import type { DbfValue } from '../shapefile/dbf-reader.ts';
import type { FieldValues } from '../survey/field-value.ts';
import type { ParcelRow } from '../survey/parcel-rows.ts';
import {
  DISPOSAL_METHOD_LABELS, DISPOSAL_STATUS_LABELS, labelOf, PARCEL_CLASS_LABELS, SURVEY_STATUS_LABELS,
} from './export-labels.ts';
import { round2, type ExportTableColumn } from './export-table-column.ts';
import type { ExportGeometry } from './shape-parts.ts';

/** One parcel to export: its list row, its card values (source with edits), source attributes and geometry. */
export interface ParcelExportInput {
  readonly row: ParcelRow;
  /** Effective card values (effectiveValues of source and edits). */
  readonly values: FieldValues;
  /** The imported record's original attributes, kept as they came. */
  readonly attributes?: Readonly<Record<string, DbfValue>>;
  /** CGCS2000 lon/lat; needed for GeoJSON and shapefile, not for Excel. */
  readonly geometry?: ExportGeometry | null;
}

/** A column of parcel exports: header with unit, Excel format, DBF name/type, and how to read the value. */
export type ParcelExportColumn = ExportTableColumn<ParcelExportInput>;

const text = (v: unknown): string => (v === null || v === undefined ? '' : String(v));
const date = (v: unknown): string | null => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v) ? v.slice(0, 10) : null);

/**
 * The ledger's columns, in order. Areas are the ellipsoidal area on CGCS2000 in m²
 * and in 亩 (m² ÷ 666.67), rounded to 2 decimals; dates are 'YYYY-MM-DD';
 * classes, statuses and methods are printed as their labels.
 */
export const PARCEL_EXPORT_COLUMNS: readonly ParcelExportColumn[] = [
  { key: 'parcelCode', header: { 'zh-CN': '宗地代码', en: 'Parcel code' }, format: 'text', dbfName: '宗地代码', dbfType: 'C', value: (p) => p.row.parcelCode },
  { key: 'landholder', header: { 'zh-CN': '权利人（用地单位）', en: 'Landholder' }, format: 'text', dbfName: '权利人', dbfType: 'C', value: (p) => p.row.landholder },
  { key: 'location', header: { 'zh-CN': '坐落', en: 'Location' }, format: 'text', dbfName: '坐落', dbfType: 'C', value: (p) => p.row.location },
  { key: 'park', header: { 'zh-CN': '所在园区', en: 'Park' }, format: 'text', dbfName: '所在园区', dbfType: 'C', value: (p) => p.row.park },
  { key: 'county', header: { 'zh-CN': '县（市、区）', en: 'County' }, format: 'text', dbfName: '县市区', dbfType: 'C', value: (p) => p.row.county },
  { key: 'plannedUse', header: { 'zh-CN': '土地用途', en: 'Land use' }, format: 'text', dbfName: '土地用途', dbfType: 'C', value: (p) => p.row.plannedUse },
  { key: 'areaSquareMeters', header: { 'zh-CN': '宗地面积（m²）', en: 'Area (m²)' }, format: 'decimal2', dbfName: '面积_m2', dbfType: 'N', decimals: 2, value: (p) => round2(p.row.areaSquareMeters) },
  { key: 'areaMu', header: { 'zh-CN': '宗地面积（亩）', en: 'Area (mu)' }, format: 'decimal2', dbfName: '面积_亩', dbfType: 'N', decimals: 2, value: (p) => round2(squareMetersToMu(p.row.areaSquareMeters)) },
  { key: 'parcelClass', header: { 'zh-CN': '认定类别', en: 'Class' }, format: 'text', dbfName: '认定类别', dbfType: 'C', value: (p, l) => labelOf(PARCEL_CLASS_LABELS, p.row.parcelClass, l) },
  { key: 'classReasons', header: { 'zh-CN': '认定理由', en: 'Reasons' }, format: 'text', dbfName: '认定理由', dbfType: 'C', value: (p) => text(p.values.classOverrideReason || p.values.classReasons) },
  { key: 'supplyDate', header: { 'zh-CN': '供地日期', en: 'Supply date' }, format: 'date', dbfName: '供地日期', dbfType: 'D', value: (p) => date(p.values.supplyDate) },
  { key: 'agreedStartDate', header: { 'zh-CN': '约定开工日期', en: 'Agreed start' }, format: 'date', dbfName: '约定开工', dbfType: 'D', value: (p) => date(p.values.agreedStartDate) },
  { key: 'actualStartDate', header: { 'zh-CN': '实际开工日期', en: 'Actual start' }, format: 'date', dbfName: '实际开工', dbfType: 'D', value: (p) => date(p.values.actualStartDate) },
  { key: 'disposalMethod', header: { 'zh-CN': '处置方式', en: 'Disposal method' }, format: 'text', dbfName: '处置方式', dbfType: 'C', value: (p, l) => labelOf(DISPOSAL_METHOD_LABELS, p.values.disposalMethod, l) },
  { key: 'disposalStatus', header: { 'zh-CN': '处置状态', en: 'Disposal status' }, format: 'text', dbfName: '处置状态', dbfType: 'C', value: (p, l) => labelOf(DISPOSAL_STATUS_LABELS, p.row.disposalStatus, l) },
  { key: 'responsibleUnit', header: { 'zh-CN': '责任单位', en: 'Responsible unit' }, format: 'text', dbfName: '责任单位', dbfType: 'C', value: (p) => text(p.values.responsibleUnit) },
  { key: 'disposalDeadline', header: { 'zh-CN': '完成时限', en: 'Deadline' }, format: 'date', dbfName: '完成时限', dbfType: 'D', value: (p) => date(p.row.disposalDeadline) },
  { key: 'supervisedListing', header: { 'zh-CN': '挂牌督办', en: 'Supervised listing' }, format: 'text', dbfName: '挂牌督办', dbfType: 'L', value: (p) => p.row.supervisedListing },
  { key: 'surveyStatus', header: { 'zh-CN': '调查状态', en: 'Survey status' }, format: 'text', dbfName: '调查状态', dbfType: 'C', value: (p, l) => labelOf(SURVEY_STATUS_LABELS, p.row.surveyStatus, l) },
];
