import { squareMetersToMu } from '../geodesy/area-units.ts';
import type { AvailableLandItem, AvailableLandSource } from './available-land-list.ts';
import type { ExportTexts } from './export-labels.ts';
import { round2, type ExportTableColumn } from './export-table-column.ts';

/** How the list names each source: stock (存量) by class, or increment (增量). */
export const AVAILABLE_LAND_SOURCE_LABELS: Readonly<Record<AvailableLandSource, ExportTexts>> = {
  approvedUnsupplied: { 'zh-CN': '存量（批而未供）', en: 'Stock (approved, not supplied)' },
  idle: { 'zh-CN': '存量（闲置）', en: 'Stock (idle)' },
  inefficient: { 'zh-CN': '存量（低效）', en: 'Stock (inefficient)' },
  reserve: { 'zh-CN': '存量（储备）', en: 'Stock (reserve)' },
  plannedIncrement: { 'zh-CN': '增量（计划新增）', en: 'Increment (planned)' },
};

/** A column of the available-land list, over its items. */
export type AvailableLandColumn = ExportTableColumn<AvailableLandItem>;

const orNull = (v: string | number | null | undefined): string | number | null => (v === undefined || v === '' ? null : v);

/**
 * Columns of the annual available-land list (年度可供土地清单): parcel, source,
 * area (ellipsoidal, m² and 亩, 2 decimals), cost (万元), conditions, procedure,
 * expected cycle (months), planned supply date.
 */
export const AVAILABLE_LAND_COLUMNS: readonly AvailableLandColumn[] = [
  { key: 'serial', header: { 'zh-CN': '序号', en: 'No.' }, format: 'integer', dbfName: '序号', dbfType: 'N', decimals: 0, value: (i) => i.serial },
  { key: 'parcelCode', header: { 'zh-CN': '地块编号', en: 'Parcel code' }, format: 'text', dbfName: '地块编号', dbfType: 'C', value: (i) => i.parcelCode },
  { key: 'name', header: { 'zh-CN': '地块名称', en: 'Name' }, format: 'text', dbfName: '地块名称', dbfType: 'C', value: (i) => orNull(i.name) },
  { key: 'park', header: { 'zh-CN': '所在园区', en: 'Park' }, format: 'text', dbfName: '所在园区', dbfType: 'C', value: (i) => orNull(i.park) },
  { key: 'county', header: { 'zh-CN': '县（市、区）', en: 'County' }, format: 'text', dbfName: '县市区', dbfType: 'C', value: (i) => orNull(i.county) },
  { key: 'location', header: { 'zh-CN': '坐落', en: 'Location' }, format: 'text', dbfName: '坐落', dbfType: 'C', value: (i) => orNull(i.location) },
  { key: 'source', header: { 'zh-CN': '土地来源', en: 'Source' }, format: 'text', dbfName: '土地来源', dbfType: 'C', value: (i, l) => AVAILABLE_LAND_SOURCE_LABELS[i.source][l] },
  { key: 'landholder', header: { 'zh-CN': '现权利人', en: 'Current landholder' }, format: 'text', dbfName: '现权利人', dbfType: 'C', value: (i) => orNull(i.landholder) },
  { key: 'plannedUse', header: { 'zh-CN': '规划用途', en: 'Planned use' }, format: 'text', dbfName: '规划用途', dbfType: 'C', value: (i) => orNull(i.plannedUse) },
  { key: 'areaSquareMeters', header: { 'zh-CN': '面积（m²）', en: 'Area (m²)' }, format: 'decimal2', dbfName: '面积_m2', dbfType: 'N', decimals: 2, value: (i) => round2(i.areaSquareMeters) },
  { key: 'areaMu', header: { 'zh-CN': '面积（亩）', en: 'Area (mu)' }, format: 'decimal2', dbfName: '面积_亩', dbfType: 'N', decimals: 2, value: (i) => round2(squareMetersToMu(i.areaSquareMeters)) },
  { key: 'landCostWanYuan', header: { 'zh-CN': '土地成本（万元）', en: 'Land cost (10k yuan)' }, format: 'decimal2', dbfName: '成本_万元', dbfType: 'N', decimals: 2, value: (i) => orNull(i.landCostWanYuan) },
  { key: 'supplyConditions', header: { 'zh-CN': '供地条件', en: 'Supply conditions' }, format: 'text', dbfName: '供地条件', dbfType: 'C', value: (i) => orNull(i.supplyConditions) },
  { key: 'procedure', header: { 'zh-CN': '供地程序', en: 'Procedure' }, format: 'text', dbfName: '供地程序', dbfType: 'C', value: (i) => orNull(i.procedure) },
  { key: 'expectedCycleMonths', header: { 'zh-CN': '预计供地周期（月）', en: 'Expected cycle (months)' }, format: 'integer', dbfName: '周期_月', dbfType: 'N', decimals: 0, value: (i) => orNull(i.expectedCycleMonths) },
  { key: 'plannedSupplyDate', header: { 'zh-CN': '预计供地时间', en: 'Planned supply' }, format: 'text', dbfName: '预计供地', dbfType: 'C', value: (i) => orNull(i.plannedSupplyDate) },
  { key: 'notes', header: { 'zh-CN': '备注', en: 'Notes' }, format: 'text', dbfName: '备注', dbfType: 'C', value: (i) => orNull(i.notes) },
];
