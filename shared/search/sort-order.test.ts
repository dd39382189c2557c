import { describe, expect, it } from 'vitest';
import { orderByRank, rankByList, rankNumbers, rankText } from './sort-order.ts';

const collator = new Intl.Collator('zh-CN');

describe('sort order by ranks', () => {
  it('sorts Chinese text in pinyin order, ascending and descending, blanks last both ways', () => {
    const values = ['许昌', '', '安阳', '郑州', '安阳', '开封'];
    const { ranking } = rankText(values, collator.compare);
    expect([...orderByRank(ranking, 'asc')].map((i) => values[i])).toEqual(['安阳', '安阳', '开封', '许昌', '郑州', '']);
    expect([...orderByRank(ranking, 'desc')].map((i) => values[i])).toEqual(['郑州', '许昌', '开封', '安阳', '安阳', '']);
  });

  it('is stable: equal values keep their original order in both directions', () => {
    const values = ['b', 'a', 'b', 'a'];
    const { ranking } = rankText(values, collator.compare);
    expect([...orderByRank(ranking, 'asc')]).toEqual([1, 3, 0, 2]);
    expect([...orderByRank(ranking, 'desc')]).toEqual([0, 2, 1, 3]);
  });

  it('reuses a rank table that holds every value, and rebuilds it when a new value appears', () => {
    const first = rankText(['乙', '甲'], collator.compare);
    let calls = 0;
    const counting = (a: string, b: string) => (calls++, collator.compare(a, b));
    const again = rankText(['甲', '乙', '甲'], counting, first.table);
    expect(calls).toBe(0);
    expect(again.table).toBe(first.table);
    const grown = rankText(['甲', '丙'], counting, first.table);
    expect(calls).toBeGreaterThan(0);
    expect([...orderByRank(grown.ranking, 'asc')]).toEqual([1, 0]); // 丙 bǐng < 甲 jiǎ
  });

  it('sorts numbers with NaN last', () => {
    const values = [3.5, NaN, -1, 1000, 3.5, 20];
    const ranking = rankNumbers(values);
    expect([...orderByRank(ranking, 'asc')].map((i) => values[i])).toEqual([-1, 3.5, 3.5, 20, 1000, NaN]);
    expect([...orderByRank(ranking, 'desc')].map((i) => values[i])).toEqual([1000, 20, 3.5, 3.5, -1, NaN]);
  });

  it('sorts by a list order, unknown values last', () => {
    const list = ['unsurveyed', 'surveyed', 'reviewed'];
    const values = ['reviewed', 'x', 'unsurveyed', 'surveyed'];
    expect([...orderByRank(rankByList(values, list), 'asc')].map((i) => values[i])).toEqual(['unsurveyed', 'surveyed', 'reviewed', 'x']);
  });

  it('orders 100,000 text values in a reasonable time', () => {
    const values = Array.from({ length: 100_000 }, (_, i) => `许昌${(i * 7919) % 100_000}号`);
    const started = performance.now();
    const order = orderByRank(rankText(values, collator.compare).ranking, 'asc');
    const elapsed = performance.now() - started;
    for (let k = 1; k < 1000; k++) expect(collator.compare(values[order[k - 1] as number] as string, values[order[k] as number] as string)).toBeLessThanOrEqual(0);
    expect(elapsed).toBeLessThan(5_000);
  });
});
