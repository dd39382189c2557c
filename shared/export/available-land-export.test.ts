import { describe, expect, it } from 'vitest';
import { exportParcels } from '../../tests/fixtures/export-parcels.ts';
import { readXlsx } from '../../tests/fixtures/xlsx-read-back.ts';
import { squareMetersToMu } from '../geodesy/area-units.ts';
import { readDbf } from '../shapefile/dbf-reader.ts';
import { readShp } from '../shapefile/shp-reader.ts';
import { availableLandFeatureSet, availableLandWorkbook } from './available-land-export.ts';
import { availableLandFromParcels, buildAvailableLandList, type AvailableLandInput } from './available-land-list.ts';
import { writeGeoJson } from './geojson-export.ts';
import { writeShapefileLayers } from './shapefile-writer.ts';
import { writeXlsx } from './xlsx-writer.ts';

const increment: AvailableLandInput = {
  id: 'plan-1', parcelCode: 'XZ-2021-01', name: '电气谷三期', park: '魏都产业集聚区', source: 'plannedIncrement', areaSquareMeters: 40000,
  landCostWanYuan: 1800, supplyConditions: '净地，五通一平', procedure: '挂牌出让', expectedCycleMonths: 6, plannedSupplyDate: '2021-09',
};
const r2 = (n: number) => Math.round(n * 100) / 100;

function createList() {
  const details = new Map([['L:0', { landCostWanYuan: 650.5, supplyConditions: '已拆除，净地', procedure: '收回后招拍挂', expectedCycleMonths: 12 }]]);
  return buildAvailableLandList([...availableLandFromParcels(exportParcels(), details), increment], { year: 2021, parkOrder: ['魏都产业集聚区'] });
}

describe('available-land list exports', () => {
  it('Excel: the list with Chinese headers, sources, areas, cost, conditions, procedure and cycle, plus totals and a summary by source', () => {
    const list = createList();
    const book = readXlsx(writeXlsx(availableLandWorkbook(list, { titlePrefix: '许昌市' })));
    expect(book.sheets.map((s) => s.name)).toEqual(['可供土地清单', '按来源汇总']);
    const [sheet, summary] = book.sheets;
    expect(sheet!.rows[0]).toEqual(['许昌市2021年度可供土地清单']);
    expect(sheet!.rows[1]).toEqual([
      '序号', '地块编号', '地块名称', '所在园区', '县（市、区）', '坐落', '土地来源', '现权利人', '规划用途', '面积（m²）', '面积（亩）',
      '土地成本（万元）', '供地条件', '供地程序', '预计供地周期（月）', '预计供地时间', '备注',
    ]);
    const a1 = list.items.find((i) => i.parcelCode === 'A1')!;
    expect(sheet!.rows[2]).toEqual([
      1, 'A1', null, '魏都产业集聚区', '许昌市', null, '存量（闲置）', '许昌瑞祥电气有限公司', null, r2(a1.areaSquareMeters), r2(squareMetersToMu(a1.areaSquareMeters)),
      650.5, '已拆除，净地', '收回后招拍挂', 12, null, null,
    ]);
    expect(sheet!.rows.find((r) => r[1] === 'XZ-2021-01')!.slice(6, 16)).toEqual(['增量（计划新增）', null, null, 40000, 60, 1800, '净地，五通一平', '挂牌出让', 6, '2021-09']);
    const total = list.items.reduce((s, i) => s + i.areaSquareMeters, 0);
    expect(sheet!.rows.at(-1)!.slice(9, 12)).toEqual([r2(total), r2(squareMetersToMu(total)), 2450.5]);
    expect(summary!.rows.slice(2).map((r) => [r[0], r[1]])).toEqual([
      ['存量（批而未供）', 1], ['存量（闲置）', 2], ['存量（低效）', 2], ['存量（储备）', 1], ['增量（计划新增）', 1], ['合计', 7],
    ]);
  });

  it('shapefile: GBK fields with the list\'s values; the increment without geometry stays as a null shape', () => {
    const list = createList();
    const { features, columns } = availableLandFeatureSet(list);
    const [layer] = writeShapefileLayers(features, { baseName: '2021年度可供土地清单', columns, crsCode: 'EPSG:4547', date: { year: 2021, month: 1, day: 1 } });
    const rows = readDbf(layer!.files.dbf, 'gbk').rows;
    expect(Object.keys(rows[0]!)).toEqual(['序号', '地块编号', '地块名称', '所在园区', '县市区', '坐落', '土地来源', '现权利人', '规划用途', '面积_m2', '面积_亩', '成本_万元', '供地条件', '供地程序', '周期_月', '预计供地', '备注']);
    expect(rows.map((r) => [r['序号'], r['地块编号'], r['土地来源']])).toEqual(list.items.map((i) => [i.serial, i.parcelCode, expect.stringContaining('量')]));
    const incrementIndex = list.items.findIndex((i) => i.source === 'plannedIncrement');
    expect(rows[incrementIndex]).toMatchObject({ 成本_万元: 1800, 周期_月: 6, 供地程序: '挂牌出让', 面积_亩: 60 });
    expect(readShp(layer!.files.shp).shapes[incrementIndex]).toBeNull();
  });

  it('GeoJSON: one feature per item with the list\'s columns as properties', () => {
    const list = createList();
    const doc = JSON.parse(writeGeoJson(availableLandFeatureSet(list, 'en').features));
    expect(doc.features).toHaveLength(list.items.length);
    expect(doc.features[0].properties).toMatchObject({ serial: 1, parcelCode: 'A1', source: 'Stock (idle)', landCostWanYuan: 650.5, expectedCycleMonths: 12 });
    expect(doc.features[0].geometry.type).toBe('Polygon');
  });
});
