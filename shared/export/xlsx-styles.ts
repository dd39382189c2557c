import type { XlsxFormat } from './xlsx-model.ts';

/** Style slots of the body and total rows of each format, and of the header and title. */
export const XLSX_FORMATS: readonly XlsxFormat[] = ['text', 'integer', 'decimal2', 'date', 'percent'];
const NUMBER_FORMAT_ID: Readonly<Record<XlsxFormat, number>> = { text: 49, integer: 3, decimal2: 4, date: 164, percent: 10 };

/** cellXfs index: 0 default, 1 title, 2 header, then body and total per format. */
export const STYLE_TITLE = 1;
export const STYLE_HEADER = 2;

/** cellXfs index of a body (or total) cell of a format. */
export function cellStyle(format: XlsxFormat, total = false): number {
  return 3 + XLSX_FORMATS.indexOf(format) * 2 + (total ? 1 : 0);
}

const BORDER = '<border><left style="thin"><color auto="1"/></left><right style="thin"><color auto="1"/></right>' +
  '<top style="thin"><color auto="1"/></top><bottom style="thin"><color auto="1"/></bottom><diagonal/></border>';

/** xl/styles.xml: 宋体 11 pt, thin borders on the table, a shaded bold wrapped header, a 14 pt title. */
export function stylesXml(): string {
  const body = XLSX_FORMATS.flatMap((format) => {
    const align = format === 'text' ? '<alignment vertical="center" wrapText="1"/>' : '<alignment vertical="center"/>';
    return [0, 1].map((fontId) =>
      `<xf numFmtId="${NUMBER_FORMAT_ID[format]}" fontId="${fontId}" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyFont="1" applyBorder="1" applyAlignment="1">${align}</xf>`);
  });
  const xfs = [
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
    '<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment horizontal="center" vertical="center"/></xf>',
    '<xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>',
    ...body,
  ];
  return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    '<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/></numFmts>' +
    '<fonts count="3"><font><sz val="11"/><name val="宋体"/><charset val="134"/></font>' +
    '<font><b/><sz val="11"/><name val="宋体"/><charset val="134"/></font>' +
    '<font><b/><sz val="14"/><name val="宋体"/><charset val="134"/></font></fonts>' +
    '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>' +
    '<fill><patternFill patternType="solid"><fgColor rgb="FFDDEBF7"/><bgColor indexed="64"/></patternFill></fill></fills>' +
    `<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>${BORDER}</borders>` +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    `<cellXfs count="${xfs.length}">${xfs.join('')}</cellXfs>` +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
    '</styleSheet>';
}
