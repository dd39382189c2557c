import { squareMetersToMu } from '../../../shared/geodesy/area-units.ts';
import { PARCEL_CLASSES, SURVEY_STATUSES } from '../../../shared/survey/card-enums.ts';
import type { ParcelRow } from '../../../shared/survey/parcel-rows.ts';

export type LedgerColumnKey =
  | 'parcelCode' | 'landholder' | 'location' | 'park' | 'county' | 'plannedUse'
  | 'areaSquareMeters' | 'areaMu' | 'parcelClass' | 'surveyStatus' | 'disposalDeadline' | 'supervisedListing';

/** How a column sorts, filters and shows: text (collated, "contains"), number (conditions), a closed list, or a yes/no flag. */
export type LedgerColumn =
  | { readonly key: LedgerColumnKey; readonly kind: 'text'; readonly width: number; readonly text: (row: ParcelRow) => string }
  | { readonly key: LedgerColumnKey; readonly kind: 'number'; readonly width: number; readonly number: (row: ParcelRow) => number }
  | { readonly key: LedgerColumnKey; readonly kind: 'choice'; readonly width: number; readonly choices: readonly string[]; readonly choice: (row: ParcelRow) => string;
      /** Message key prefix of the choices' labels (`${labelPrefix}_${choice}`). */
      readonly labelPrefix: string }
  | { readonly key: LedgerColumnKey; readonly kind: 'flag'; readonly width: number; readonly flag: (row: ParcelRow) => boolean };

/** The ledger's columns in display order (widths in CSS px). */
export const LEDGER_COLUMNS: readonly LedgerColumn[] = [
  { key: 'parcelCode', kind: 'text', width: 190, text: (row) => row.parcelCode },
  { key: 'landholder', kind: 'text', width: 230, text: (row) => row.landholder },
  { key: 'location', kind: 'text', width: 230, text: (row) => row.location },
  { key: 'park', kind: 'text', width: 170, text: (row) => row.park },
  { key: 'county', kind: 'text', width: 90, text: (row) => row.county },
  { key: 'plannedUse', kind: 'text', width: 100, text: (row) => row.plannedUse },
  { key: 'areaSquareMeters', kind: 'number', width: 120, number: (row) => row.areaSquareMeters },
  { key: 'areaMu', kind: 'number', width: 100, number: (row) => squareMetersToMu(row.areaSquareMeters) },
  { key: 'parcelClass', kind: 'choice', width: 96, choices: PARCEL_CLASSES, choice: (row) => row.parcelClass, labelPrefix: 'searchClass' },
  { key: 'surveyStatus', kind: 'choice', width: 96, choices: SURVEY_STATUSES, choice: (row) => row.surveyStatus, labelPrefix: 'searchStatus' },
  { key: 'disposalDeadline', kind: 'text', width: 100, text: (row) => row.disposalDeadline },
  { key: 'supervisedListing', kind: 'flag', width: 80, flag: (row) => row.supervisedListing },
];

export const LEDGER_COLUMN_KEYS: readonly LedgerColumnKey[] = LEDGER_COLUMNS.map((column) => column.key);

/** Column by key. */
export function ledgerColumn(key: LedgerColumnKey): LedgerColumn {
  return LEDGER_COLUMNS.find((column) => column.key === key) as LedgerColumn;
}

/** The visible columns kept from a saved choice: known keys in display order; all columns when none is left. */
export function visibleColumns(saved: readonly string[] | undefined): LedgerColumnKey[] {
  const chosen = LEDGER_COLUMN_KEYS.filter((key) => saved?.includes(key));
  return chosen.length > 0 ? chosen : [...LEDGER_COLUMN_KEYS];
}
