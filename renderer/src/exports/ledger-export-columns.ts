import { PARCEL_EXPORT_COLUMNS, type ParcelExportColumn } from '../../../shared/export/parcel-export-columns.ts';
import { ledgerMessages } from '../ledger/messages.ts';

type LedgerTexts = Readonly<Record<string, string>>;

/**
 * The Excel ledger's class-sheet columns: the export columns without the class
 * (each sheet is one class), headed like the app's ledger table where the table
 * has the column (same words, same units: 面积（m²）, 面积（亩）…), so the file
 * reads like the screen.
 */
export function ledgerExportColumns(): ParcelExportColumn[] {
  const zh: LedgerTexts = ledgerMessages['zh-CN'];
  const en: LedgerTexts = ledgerMessages.en;
  return PARCEL_EXPORT_COLUMNS.filter((column) => column.key !== 'parcelClass').map((column) => {
    const key = `ledgerCol_${column.key}`;
    const zhHeader = zh[key], enHeader = en[key];
    return zhHeader && enHeader ? { ...column, header: { 'zh-CN': zhHeader, en: enHeader } } : column;
  });
}
