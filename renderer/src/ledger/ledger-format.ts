import type { TFunction } from 'i18next';
import type { ParcelRow } from '../../../shared/survey/parcel-rows.ts';
import type { LedgerColumn } from './ledger-columns.ts';

/** Formats cells for one language: numbers with grouping and two decimals, lists by their labels. */
export function createCellFormatter(t: TFunction, language: string): (column: LedgerColumn, row: ParcelRow) => string {
  const number = new Intl.NumberFormat(language, { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: true });
  return (column, row) => {
    switch (column.kind) {
      case 'text': return column.text(row);
      case 'number': return number.format(column.number(row));
      case 'choice': return t(`${column.labelPrefix}_${column.choice(row)}`);
      case 'flag': return column.flag(row) ? t('ledgerYes') : '';
    }
  };
}
