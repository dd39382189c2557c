import { describe, expect, it } from 'vitest';
import { EXPORT_PARCEL_SPECS, exportParcels } from '../../tests/fixtures/export-parcels.ts';
import { readXlsx } from '../../tests/fixtures/xlsx-read-back.ts';
import { squareMetersToMu } from '../geodesy/area-units.ts';
import { ledgerWorkbook } from './ledger-workbook.ts';
import { excelSerialDay } from './xlsx-sheet-xml.ts';
import { writeXlsx } from './xlsx-writer.ts';

const parcels = exportParcels();
const areaOf = (code: string) => parcels.find((p) => p.row.parcelCode === code)!.row.areaSquareMeters;
const r2 = (n: number) => Math.round(n * 100) / 100;
const mu = (...codes: string[]) => r2(squareMetersToMu(codes.reduce((s, c) => s + areaOf(c), 0)));

const PARK_ORDER = ['长葛市产业集聚区', '魏都产业集聚区'];

function readLedger() {
  return readXlsx(writeXlsx(ledgerWorkbook(parcels, { titlePrefix: '许昌市', asOfDate: '2021-06-30', parkOrder: PARK_ORDER })));
}

describe('ledgerWorkbook', () => {
  it('has a summary sheet and one sheet per stock class', () => {
    expect(readLedger().sheets.map((s) => s.name)).toEqual(['汇总', '批而未供', '闲置', '低效', '政府储备']);
  });

  it('lists a class\'s parcels under Chinese headers with units, areas in m² and 亩 to 2 decimals, and totals', () => {
    const idle = readLedger().sheets.find((s) => s.name === '闲置')!;
    expect(idle.rows[0]).toEqual(['许昌市闲置土地台账（截至 2021-06-30）']);
    expect(idle.rows[1]).toEqual([
      '序号', '宗地代码', '权利人（用地单位）', '坐落', '所在园区', '县（市、区）', '土地用途', '宗地面积（m²）', '宗地面积（亩）', '认定理由',
      '供地日期', '约定开工日期', '实际开工日期', '处置方式', '处置状态', '责任单位', '完成时限', '挂牌督办', '调查状态',
    ]);
    const idleCodes = EXPORT_PARCEL_SPECS.filter((s) => s.parcelClass === 'idle').map((s) => s.code);
    expect(idle.rows.slice(2, -1).map((r) => r[1])).toEqual(idleCodes);
    expect(idle.rows[2]).toEqual([
      1, 'A1', '许昌瑞祥电气有限公司', null, '魏都产业集聚区', '许昌市', null, r2(areaOf('A1')), mu('A1'), null,
      null, excelSerialDay('2018-05-01'), null, '征缴闲置费', '已处置', '魏都区自然资源局', null, '是', '未调查',
    ]);
    const totals = idle.rows.at(-1)!;
    expect(totals.slice(0, 2)).toEqual(['合计', `${idleCodes.length} 宗`]);
    expect(totals.slice(7, 9)).toEqual([r2(areaOf('A1') + areaOf('A3')), mu('A1', 'A3')]);
  });

  it('sums each park by class with the disposal rate over 批而未供 + 闲置 + 低效, parks in the given order and parcels without a park last', () => {
    const summary = readLedger().sheets.find((s) => s.name === '汇总')!;
    expect(summary.rows[1]!.slice(0, 4)).toEqual(['序号', '园区', '批而未供宗数（宗）', '批而未供面积（亩）']);
    expect(summary.rows[1]!.slice(-6)).toEqual(['合计宗数（宗）', '合计面积（亩）', '合计面积（m²）', '已处置面积（亩）', '消化处置率（%）', '挂牌督办（宗）']);
    const byPark = Object.fromEntries(summary.rows.slice(2).map((r) => [r[1], r]));
    expect(summary.rows.slice(2).map((r) => r[1])).toEqual(['长葛市产业集聚区', '魏都产业集聚区', '（未填园区）', null]);
    // 批而未供, 闲置, 低效, 储备 (count, 亩) then total count, 亩, m², disposed 亩, rate, listings
    expect(byPark['魏都产业集聚区']!.slice(2)).toEqual([
      0, 0, 2, mu('A1', 'A3'), 1, mu('A2'), 0, 0,
      3, mu('A1', 'A2', 'A3'), r2(areaOf('A1') + areaOf('A2') + areaOf('A3')), mu('A1'),
      Math.round((areaOf('A1') / (areaOf('A1') + areaOf('A2') + areaOf('A3'))) * 10000) / 10000, 1,
    ]);
    expect(byPark['长葛市产业集聚区']!.slice(2)).toEqual([1, mu('B1'), 0, 0, 0, 0, 1, mu('B2'), 2, mu('B1', 'B2'), r2(areaOf('B1') + areaOf('B2')), 0, 0, 0]);
    expect(byPark['（未填园区）']!.slice(-3)).toEqual([mu('C1'), 1, 0]);
    const totals = summary.rows.at(-1)!;
    expect(totals[0]).toBe('合计');
    expect(totals.slice(-6, -3)).toEqual([6, mu('A1', 'A2', 'A3', 'B1', 'B2', 'C1'), r2(['A1', 'A2', 'A3', 'B1', 'B2', 'C1'].reduce((s, c) => s + areaOf(c), 0))]);
  });

  it('writes English headers and labels when asked', () => {
    const book = readXlsx(writeXlsx(ledgerWorkbook(parcels, { language: 'en', classes: ['inefficient'] })));
    expect(book.sheets.map((s) => s.name)).toEqual(['Summary', 'Inefficient']);
    expect(book.sheets[1]!.rows[1]!.slice(0, 3)).toEqual(['No.', 'Parcel code', 'Landholder']);
  });
});
