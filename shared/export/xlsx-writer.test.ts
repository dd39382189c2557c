import { describe, expect, it } from 'vitest';
import { readXlsx } from '../../tests/fixtures/xlsx-read-back.ts';
import type { XlsxSheet } from './xlsx-model.ts';
import { excelSerialDay } from './xlsx-sheet-xml.ts';
import { writeXlsx } from './xlsx-writer.ts';

function idleSheet(): XlsxSheet {
  return {
    name: '闲置',
    title: '闲置土地台账',
    columns: [
      { header: '宗地代码', format: 'text' },
      { header: '权利人', format: 'text' },
      { header: '面积（m²）', format: 'decimal2' },
      { header: '约定开工日期', format: 'date' },
      { header: '挂牌督办', format: 'text' },
    ],
    rows: [
      ['411002001001GB00001', '许昌瑞祥电气有限公司 & <分厂>', 10234.5678, '2012-11-18', '是'],
      ['411002001001GB00002', null, 0, null, ''],
    ],
    totals: ['合计', null, 10234.5678, null, null],
  };
}

describe('writeXlsx', () => {
  it('reads back every value, header and title, with shared strings and XML-escaped text', () => {
    const book = readXlsx(writeXlsx({ sheets: [idleSheet()] }));
    expect(book.parts).toEqual(['[Content_Types].xml', '_rels/.rels', 'xl/_rels/workbook.xml.rels', 'xl/sharedStrings.xml', 'xl/styles.xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml']);
    const [sheet] = book.sheets;
    expect(sheet!.name).toBe('闲置');
    expect(sheet!.rows).toEqual([
      ['闲置土地台账'],
      ['宗地代码', '权利人', '面积（m²）', '约定开工日期', '挂牌督办'],
      ['411002001001GB00001', '许昌瑞祥电气有限公司 & <分厂>', 10234.5678, excelSerialDay('2012-11-18'), '是'],
      ['411002001001GB00002', null, 0, null, null],
      ['合计', null, 10234.5678, null, null],
    ]);
  });

  it('formats areas with two decimals, dates as yyyy-mm-dd serial days, codes as text', () => {
    const sheet = readXlsx(writeXlsx({ sheets: [idleSheet()] })).sheets[0]!;
    expect(sheet.cells.get('C3')!.numberFormat).toBe('#,##0.00');
    expect(sheet.cells.get('D3')!.numberFormat).toBe('yyyy\\-mm\\-dd');
    expect(sheet.cells.get('A3')!.numberFormat).toBe('@');
    expect(excelSerialDay('2012-11-18')).toBe(41231);
    expect(excelSerialDay('1900-03-01')).toBe(61);
  });

  it('freezes and filters the header, prints landscape fit to width with the header rows repeated', () => {
    const book = readXlsx(writeXlsx({ sheets: [idleSheet(), { ...idleSheet(), name: '低效', title: undefined }] }));
    const [first, second] = book.sheets;
    expect(first!.xml).toContain('<pane ySplit="2" topLeftCell="A3" activePane="bottomLeft" state="frozen"/>');
    expect(first!.xml).toContain('<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>');
    expect(first!.xml).toContain('<pageSetUpPr fitToPage="1"/>');
    expect(first!.xml).toContain('<mergeCell ref="A1:E1"/>');
    expect(first!.xml).toContain('<autoFilter ref="A2:E4"/>');
    expect(book.definedNames['_xlnm.Print_Titles@0']).toBe("'闲置'!$1:$2");
    expect(book.definedNames['_xlnm.Print_Titles@1']).toBe("'低效'!$1:$1");
    expect(second!.xml).toContain('<pane ySplit="1" topLeftCell="A2"');
  });

  it('sizes columns to their contents, counting a Chinese character as two', () => {
    const xml = readXlsx(writeXlsx({ sheets: [idleSheet()] })).sheets[0]!.xml;
    const widths = [...xml.matchAll(/<col min="(\d+)" max="\d+" width="(\d+)"/g)].map((m) => Number(m[2]));
    expect(widths[0]).toBe('411002001001GB00001'.length + 2);
    expect(widths[1]).toBe(2 * 10 + ' & <>'.length + 2 * 2 + 2);
  });

  it('makes sheet names valid and unique', () => {
    const sheet = idleSheet();
    const names = readXlsx(writeXlsx({ sheets: [{ ...sheet, name: '低效/闲置:汇总' }, { ...sheet, name: '低效_闲置_汇总' }, { ...sheet, name: 'x'.repeat(40) }] }))
      .sheets.map((s) => s.name);
    expect(names).toEqual(['低效_闲置_汇总', '低效_闲置_汇总 (2)', 'x'.repeat(31)]);
  });

  it('drops characters XML cannot hold instead of writing a file Excel refuses', () => {
    const sheet: XlsxSheet = { name: 's', columns: [{ header: 'h', format: 'text' }], rows: [['a\u0001b\u001fc\ud800']] };
    expect(readXlsx(writeXlsx({ sheets: [sheet] })).sheets[0]!.rows[1]).toEqual(['abc']);
  });

  it('reports progress over the rows of all sheets, then the zip', () => {
    const seen: string[] = [];
    writeXlsx({ sheets: [idleSheet(), idleSheet()] }, { onProgress: (p) => seen.push(`${p.phase}:${p.done}/${p.total}`) });
    expect(seen).toEqual(['sheet:0/4', 'sheet:2/4', 'sheet:2/4', 'sheet:4/4', 'zip:0/1', 'zip:1/1']);
  });
});
