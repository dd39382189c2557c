import { describe, expect, it } from 'vitest';
import { ledgerWorkbook } from '../../../shared/export/ledger-workbook.ts';
import { parcelRow } from '../../../shared/survey/parcel-rows.ts';
import { ledgerMessages } from '../ledger/messages.ts';
import { ledgerExportColumns } from './ledger-export-columns.ts';

describe('Excel ledger columns', () => {
  it('head the class sheets like the ledger table, with the same units', () => {
    const parcels = [{ row: parcelRow('1', 'L', { parcelCode: 'A1', classOverride: 'idle' }, 6666.67, [0, 0, 1, 1]), values: {} }];
    const sheet = ledgerWorkbook(parcels, { columns: ledgerExportColumns() }).sheets.find((s) => s.name === '闲置');
    const headers = sheet?.columns.map((c) => c.header) ?? [];
    for (const key of ['parcelCode', 'landholder', 'park', 'areaSquareMeters', 'areaMu', 'disposalDeadline'] as const) {
      expect(headers).toContain(ledgerMessages['zh-CN'][`ledgerCol_${key}`]);
    }
    expect(headers).toContain('面积（亩）');
    expect(headers).not.toContain(ledgerMessages['zh-CN'].ledgerCol_parcelClass);
    expect(sheet?.rows[0]?.[1]).toBe('A1');
  });

  it('keeps the export headers of columns the table does not have', () => {
    const responsible = ledgerExportColumns().find((c) => c.key === 'responsibleUnit');
    expect(responsible?.header).toEqual({ 'zh-CN': '责任单位', en: 'Responsible unit' });
  });
});
