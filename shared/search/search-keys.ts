import type { ParcelRow } from '../survey/parcel-rows.ts';
import type { PinyinInitials } from './pinyin-initials.ts';
import { normalizeSearchText } from './search-text.ts';

/** Separates the fields of a row's search text; no query contains it. */
const FIELD_SEPARATOR = '\u0001';

/**
 * What text search reads for every row, built once per rows array: the parcel
 * code, landholder and location normalized and joined, and (on first need) the
 * landholder's pinyin initials.
 */
export interface SearchKeys {
  readonly text: readonly string[];
  /** Landholder initials per row; computed on the first call, once per distinct name. */
  initials(): readonly string[];
}

/** Builds the search keys of `rows`; `pinyin` caches initials across calls. */
export function buildSearchKeys(rows: readonly ParcelRow[], pinyin: PinyinInitials): SearchKeys {
  const norm = normalizeSearchText;
  const text = rows.map((row) => `${norm(row.parcelCode)}${FIELD_SEPARATOR}${norm(row.landholder)}${FIELD_SEPARATOR}${norm(row.location)}`);
  let initials: string[] | undefined;
  return {
    text,
    initials: () => (initials ??= rows.map((row) => pinyin.of(row.landholder))),
  };
}
