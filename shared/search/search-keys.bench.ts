import { bench, describe } from 'vitest';
import { parcelRow, type ParcelRow } from '../survey/parcel-rows.ts';
import { filterParcels, NO_FILTER } from './parcel-filter.ts';
import { PinyinInitials } from './pinyin-initials.ts';
import { buildSearchKeys } from './search-keys.ts';

// 100k rows with 100k distinct landholders (the worst case: real ledgers repeat names).
const CHARS = '许昌河南中原豫瑞祥鑫达华信恒通金源远东德力森源众信宏宇黄河腾飞万里佳和天成国泰永安盛隆泰鸿嘉禾东升华盛信诚汇丰长葛重行乐';
function createRows(count: number): ParcelRow[] {
  let seed = 7;
  const next = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const pick = () => CHARS[Math.floor(next() * CHARS.length)] as string;
  return Array.from({ length: count }, (_, i) => parcelRow(`p${i}`, 'l', {
    parcelCode: `411002${String(i).padStart(9, '0')}GB00001`,
    landholder: `${pick()}${pick()}${pick()}${pick()}${pick()}装备制造有限公司`,
    location: `许昌市魏都区瑞祥路${i}号`,
  }, 1000, [0, 0, 1, 1]));
}
const rows = createRows(100_000);
const keys = buildSearchKeys(rows, new PinyinInitials());
keys.initials();

describe('search over 100k parcels', () => {
  bench('build text keys', () => {
    buildSearchKeys(rows, new PinyinInitials());
  }, { iterations: 3 });
  bench('build pinyin initials of 100k distinct landholders (cold cache)', () => {
    buildSearchKeys(rows, new PinyinInitials()).initials();
  }, { iterations: 2 });
  bench('filter by a text query', () => {
    filterParcels(rows, keys, { ...NO_FILTER, query: '瑞祥' }, '2025-01-01');
  });
  bench('filter by pinyin initials', () => {
    filterParcels(rows, keys, { ...NO_FILTER, query: 'hnzb' }, '2025-01-01');
  });
});
