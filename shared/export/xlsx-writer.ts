import { zipSync } from 'fflate';
import type { ExportProgressCallback } from './export-progress.ts';
import type { XlsxWorkbook } from './xlsx-model.ts';
import { quotedSheetName, sheetNames } from './xlsx-sheet-names.ts';
import { headerRowCount, sheetXml } from './xlsx-sheet-xml.ts';
import { stylesXml } from './xlsx-styles.ts';
import { columnLetters, xmlEscape } from './xml-text.ts';

export interface XlsxWriteOptions {
  readonly onProgress?: ExportProgressCallback;
  /** Time stamped on the zip entries; fixed for reproducible output. */
  readonly mtime?: Date;
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const OFFICE_DOC = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

/**
 * Writes an Office Open XML workbook (.xlsx) that Excel, WPS and LibreOffice open:
 * one worksheet per sheet with a shared-string table, number formats, column
 * widths, a frozen and filtered header, landscape fit-to-width printing and the
 * header rows repeated on every printed page. Progress counts data rows over all sheets.
 */
export function writeXlsx(workbook: XlsxWorkbook, options: XlsxWriteOptions = {}): Uint8Array {
  const names = sheetNames(workbook.sheets.map((sheet) => sheet.name));
  const strings: string[] = [];
  const index = new Map<string, number>();
  let references = 0;
  const shared = (text: string): number => {
    references++;
    let at = index.get(text);
    if (at === undefined) {
      at = strings.length;
      strings.push(text);
      index.set(text, at);
    }
    return at;
  };
  const totalRows = workbook.sheets.reduce((sum, sheet) => sum + sheet.rows.length, 0);
  let before = 0;
  const encoder = new TextEncoder();
  const files: Record<string, Uint8Array> = {};
  workbook.sheets.forEach((sheet, i) => {
    const offset = before;
    files[`xl/worksheets/sheet${i + 1}.xml`] = encoder.encode(sheetXml(sheet, shared, options.onProgress &&
      ((p) => options.onProgress?.({ phase: 'sheet', done: offset + p.done, total: totalRows }))));
    before += sheet.rows.length;
  });
  const sharedXml = `${XML_HEAD}<sst xmlns="${MAIN_NS}" count="${references}" uniqueCount="${strings.length}">` +
    strings.map((text) => `<si><t${/^\s|\s$/.test(text) ? ' xml:space="preserve"' : ''}>${xmlEscape(text)}</t></si>`).join('') + '</sst>';
  files['xl/sharedStrings.xml'] = encoder.encode(sharedXml);
  files['xl/styles.xml'] = encoder.encode(stylesXml());
  files['xl/workbook.xml'] = encoder.encode(workbookXml(workbook, names));
  files['xl/_rels/workbook.xml.rels'] = encoder.encode(workbookRels(workbook.sheets.length));
  files['_rels/.rels'] = encoder.encode(`${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${OFFICE_DOC}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  files['[Content_Types].xml'] = encoder.encode(contentTypes(workbook.sheets.length));
  options.onProgress?.({ phase: 'zip', done: 0, total: 1 });
  const zipped = zipSync(files, { level: 1, ...(options.mtime ? { mtime: options.mtime } : {}) });
  options.onProgress?.({ phase: 'zip', done: 1, total: 1 });
  return zipped;
}

function workbookXml(workbook: XlsxWorkbook, names: readonly string[]): string {
  const sheets = names.map((name, i) => `<sheet name="${xmlEscape(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('');
  const defined = workbook.sheets.flatMap((sheet, i) => {
    const top = headerRowCount(sheet);
    const quoted = xmlEscape(quotedSheetName(names[i] as string));
    const lastColumn = columnLetters(Math.max(0, sheet.columns.length - 1));
    return [
      `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${quoted}!$A$${top}:$${lastColumn}$${top + sheet.rows.length}</definedName>`,
      `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${quoted}!$1:$${top}</definedName>`,
    ];
  });
  return `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><bookViews><workbookView/></bookViews>` +
    `<sheets>${sheets}</sheets>${defined.length > 0 ? `<definedNames>${defined.join('')}</definedNames>` : ''}</workbook>`;
}

function workbookRels(sheetCount: number): string {
  const rels = Array.from({ length: sheetCount }, (_, i) =>
    `<Relationship Id="rId${i + 1}" Type="${OFFICE_DOC}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`);
  rels.push(`<Relationship Id="rId${sheetCount + 1}" Type="${OFFICE_DOC}/styles" Target="styles.xml"/>`);
  rels.push(`<Relationship Id="rId${sheetCount + 2}" Type="${OFFICE_DOC}/sharedStrings" Target="sharedStrings.xml"/>`);
  return `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}">${rels.join('')}</Relationships>`;
}

function contentTypes(sheetCount: number): string {
  const sheets = Array.from({ length: sheetCount }, (_, i) =>
    `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${CT}.worksheet+xml"/>`).join('');
  return `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    `<Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/>${sheets}` +
    `<Override PartName="/xl/styles.xml" ContentType="${CT}.styles+xml"/>` +
    `<Override PartName="/xl/sharedStrings.xml" ContentType="${CT}.sharedStrings+xml"/></Types>`;
}
