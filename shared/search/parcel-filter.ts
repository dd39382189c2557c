import type { ParcelClass, SurveyStatus } from '../survey/card-enums.ts';
import type { ParcelRow } from '../survey/parcel-rows.ts';
import type { SearchKeys } from './search-keys.ts';
import { mayBeInitials, searchTerms } from './search-text.ts';

/** What the search panel asks for; '' (or false) means "any". */
export interface ParcelFilter {
  /** Text in the parcel code, landholder or location, or the landholder's pinyin initials. */
  readonly query: string;
  readonly park: string;
  readonly parcelClass: ParcelClass | '';
  readonly surveyStatus: SurveyStatus | '';
  /** Only parcels whose disposal deadline has passed without disposal. */
  readonly overdueOnly: boolean;
}

export const NO_FILTER: ParcelFilter = { query: '', park: '', parcelClass: '', surveyStatus: '', overdueOnly: false };

/** Whether the filter narrows anything (a blank query does not). */
export function isFilterActive(filter: ParcelFilter): boolean {
  return searchTerms(filter.query).length > 0 || filter.park !== '' || filter.parcelClass !== '' || filter.surveyStatus !== '' || filter.overdueOnly;
}

/**
 * Whether a parcel's disposal is overdue on `todayIso` ('YYYY-MM-DD', local date):
 * a deadline before today and not disposed. A deadline of today is not overdue yet.
 */
export function isOverdue(row: ParcelRow, todayIso: string): boolean {
  return row.disposalDeadline !== '' && row.disposalDeadline < todayIso && row.disposalStatus !== 'disposed';
}

/** The local calendar date of `date` (default: now) as 'YYYY-MM-DD'. */
export function localIsoDate(date: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * Positions (indices into `rows`, ascending) of the rows matching `filter` on
 * `todayIso`. Every query term must occur in the code, landholder or location
 * (case-insensitive substring) or in the landholder's pinyin initials.
 */
export function filterParcels(rows: readonly ParcelRow[], keys: SearchKeys, filter: ParcelFilter, todayIso: string): number[] {
  const terms = searchTerms(filter.query);
  const initials = terms.some(mayBeInitials) ? keys.initials() : undefined;
  const { park, parcelClass, surveyStatus, overdueOnly } = filter;
  const matches: number[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as ParcelRow;
    if (park !== '' && row.park !== park) continue;
    if (parcelClass !== '' && row.parcelClass !== parcelClass) continue;
    if (surveyStatus !== '' && row.surveyStatus !== surveyStatus) continue;
    if (overdueOnly && !isOverdue(row, todayIso)) continue;
    if (terms.length > 0 && !matchesTerms(terms, keys.text[i] as string, initials?.[i])) continue;
    matches.push(i);
  }
  return matches;
}

function matchesTerms(terms: readonly string[], text: string, initials: string | undefined): boolean {
  for (const term of terms) {
    if (text.includes(term)) continue;
    if (initials !== undefined && mayBeInitials(term) && initials.includes(term)) continue;
    return false;
  }
  return true;
}

/** The distinct non-empty values of a column, in `compare` order (e.g. Intl.Collator('zh-CN')). */
export function distinctValues(rows: readonly ParcelRow[], value: (row: ParcelRow) => string, compare: (a: string, b: string) => number): string[] {
  const seen = new Set<string>();
  for (const row of rows) seen.add(value(row));
  seen.delete('');
  return [...seen].sort(compare);
}
