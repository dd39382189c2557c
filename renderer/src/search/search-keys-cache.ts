import { PinyinInitials } from '../../../shared/search/pinyin-initials.ts';
import { buildSearchKeys, type SearchKeys } from '../../../shared/search/search-keys.ts';
import type { ParcelRow } from '../../../shared/survey/parcel-rows.ts';

/** One initials cache for the page: names repeat across edits and projects. */
const pinyin = new PinyinInitials();
const keysByRows = new WeakMap<readonly ParcelRow[], SearchKeys>();

/** The search keys of a rows array, built once per array. */
export function searchKeysOf(rows: readonly ParcelRow[]): SearchKeys {
  let keys = keysByRows.get(rows);
  if (!keys) {
    keys = buildSearchKeys(rows, pinyin);
    keysByRows.set(rows, keys);
  }
  return keys;
}

/**
 * Builds the rows' search keys, then works out the landholders' pinyin initials
 * in small slices, while the page is idle, so the first query does not wait
 * (initials take about 1 s for 100k distinct names). Returns a function that stops it.
 */
export function warmSearchKeys(rows: readonly ParcelRow[], sliceMilliseconds = 8): () => void {
  let names: string[] | undefined;
  let next = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const work = () => {
    if (!names) {
      searchKeysOf(rows);
      names = [...new Set(rows.map((row) => row.landholder))];
      timer = setTimeout(work, 0);
      return;
    }
    const until = performance.now() + sliceMilliseconds;
    while (next < names.length && performance.now() < until) pinyin.of(names[next++] as string);
    if (next < names.length) timer = setTimeout(work, 0);
  };
  timer = setTimeout(work, 200);
  return () => clearTimeout(timer);
}
