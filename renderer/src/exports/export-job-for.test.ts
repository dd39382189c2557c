import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { squareLonLat } from '../../../tests/fixtures/export-features.ts';
import { runExportJob } from '../../../shared/export/export-job.ts';
import type { ParcelExportInput } from '../../../shared/export/parcel-export-columns.ts';
import type { ParcelClass } from '../../../shared/survey/card-enums.ts';
import { parcelRow } from '../../../shared/survey/parcel-rows.ts';
import { AVAILABLE_LAND_DETAIL_KEYS } from './available-land-fields.ts';
import { exportJobFor } from './export-job-for.ts';

function createParcel(id: string, parcelClass: ParcelClass, park: string, values: Record<string, string | number> = {}): ParcelExportInput {
  return {
    row: parcelRow(id, 'L', { parcelCode: `C-${id}`, park, classOverride: parcelClass, landholder: `${id}公司` }, 2000, [113, 34, 113.1, 34.1]),
    values, attributes: { ZDDM: `C-${id}` }, geometry: { type: 'Polygon', coordinates: [squareLonLat(113.8, 34, 0.001)] },
  };
}
const parcels = [createParcel('a', 'idle', '魏都产业集聚区', { [AVAILABLE_LAND_DETAIL_KEYS.landCostWanYuan]: 300 }), createParcel('b', 'inefficient', '禹州市产业集聚区'), createParcel('c', 'efficient', '禹州市产业集聚区')];
const sheetNames = (bytes: Uint8Array) => [...strFromU8(unzipSync(bytes)['xl/workbook.xml'] as Uint8Array).matchAll(/<sheet name="([^"]+)"/g)].map((m) => m[1]);
const sharedStrings = (bytes: Uint8Array) => strFromU8(unzipSync(bytes)['xl/sharedStrings.xml'] as Uint8Array);

describe('exportJobFor', () => {
  it('writes the ledger with a summary and a sheet per stock class, headed like the ledger table', () => {
    const file = runExportJob(exportJobFor({ kind: 'ledgerXlsx', fileName: 'ledger', asOfDate: '2026-03-01' }, parcels, 'zh-CN'));
    expect(file.fileName).toBe('ledger.xlsx');
    expect(sheetNames(file.bytes)).toEqual(['汇总', '批而未供', '闲置', '低效', '政府储备']);
    expect(sharedStrings(file.bytes)).toContain('闲置土地台账（截至 2026-03-01）');
    expect(sharedStrings(file.bytes)).toContain('<t>面积（亩）</t>');
  });

  it('builds the list of one park from stock parcels with their stored details and the increments', () => {
    const increments = [{ id: 'z', source: 'plannedIncrement' as const, parcelCode: 'Z-01', park: '魏都产业集聚区', areaSquareMeters: 5000 }];
    const job = exportJobFor({ kind: 'availableLand', format: 'geojson', fileName: 'list', crsCode: null, year: 2026, increments, park: '魏都产业集聚区' }, parcels, 'zh-CN');
    const file = runExportJob(job);
    const features = (JSON.parse(strFromU8(file.bytes)) as { features: { properties: Record<string, unknown>; geometry: unknown }[] }).features;
    expect(features.map((f) => [f.properties.parcelCode, f.properties.source, f.properties.landCostWanYuan])).toEqual([
      ['C-a', '存量（闲置）', 300], ['Z-01', '增量（计划新增）', null],
    ]);
    expect(features[1]?.geometry).toBeNull();
    expect(file.notes).toEqual(['missing-details:2']);
  });
});
