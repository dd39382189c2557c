import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { availableLandWorkbook } from '../../shared/export/available-land-export.ts';
import { availableLandFromParcels, buildAvailableLandList } from '../../shared/export/available-land-list.ts';
import { ledgerWorkbook } from '../../shared/export/ledger-workbook.ts';
import type { XlsxCellValue, XlsxSheet, XlsxWorkbook } from '../../shared/export/xlsx-model.ts';
import { writeXlsx } from '../../shared/export/xlsx-writer.ts';
import { exportParcels } from '../fixtures/export-parcels.ts';
import { ogrinfoLayers, ogrinfoUnavailableReason } from '../fixtures/ogrinfo.ts';

const unavailable = ogrinfoUnavailableReason();
if (unavailable) console.warn(`export-xlsx-ogr: skipped: ${unavailable}`);
const work = mkdtempSync(join(tmpdir(), 'parceldesk-xlsx-'));

/** What GDAL's XLSX driver prints for a cell we wrote, reading every column as text. */
function gdalText(value: XlsxCellValue, format: string): string | null {
  if (value === null || value === '') return null;
  if (format === 'date' && typeof value === 'string') return value.replace(/-/g, '/');
  return String(value);
}

/** Every row of a sheet as GDAL should see it: title, header, data, totals; Field1… keys, empty cells left out. */
function expectedRows(sheet: XlsxSheet): Record<string, string>[] {
  const rows: XlsxCellValue[][] = [...(sheet.title ? [[sheet.title]] : []), sheet.columns.map((c) => c.header), ...sheet.rows.map((r) => [...r]), ...(sheet.totals ? [[...sheet.totals]] : [])];
  return rows.map((row) => Object.fromEntries(row.flatMap((value, c) => {
    const text = gdalText(value, sheet.columns[c]?.format ?? 'text');
    return text === null ? [] : [[`Field${c + 1}`, text]];
  })));
}

function readWithGdal(workbook: XlsxWorkbook, name: string) {
  const path = join(work, name);
  writeFileSync(path, writeXlsx(workbook));
  return ogrinfoLayers(path, ['-oo', 'HEADERS=DISABLE', '-oo', 'FIELD_TYPES=STRING']);
}

describe.skipIf(unavailable !== undefined)('Excel exports read back by GDAL\'s XLSX driver', () => {
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('the ledger workbook: every sheet, every cell (dates as dates)', () => {
    const workbook = ledgerWorkbook(exportParcels(), { titlePrefix: '许昌市', asOfDate: '2021-06-30' });
    const layers = readWithGdal(workbook, '台账.xlsx');
    expect(layers.map((l) => l.name)).toEqual(workbook.sheets.map((s) => s.name));
    layers.forEach((layer, i) => {
      const got = layer.features.map((f) => Object.fromEntries(Object.entries(f.values).filter(([, v]) => v !== null)));
      expect(got).toEqual(expectedRows(workbook.sheets[i]!));
    });
  });

  it('the available-land list: every cell of both sheets', () => {
    const list = buildAvailableLandList(availableLandFromParcels(exportParcels()), { year: 2021 });
    const workbook = availableLandWorkbook(list);
    const layers = readWithGdal(workbook, '可供土地清单.xlsx');
    expect(layers.map((l) => l.name)).toEqual(['可供土地清单', '按来源汇总']);
    layers.forEach((layer, i) => {
      expect(layer.features.map((f) => Object.fromEntries(Object.entries(f.values).filter(([, v]) => v !== null)))).toEqual(expectedRows(workbook.sheets[i]!));
    });
  });
});
