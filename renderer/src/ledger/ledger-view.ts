import { normalizeSearchText } from '../../../shared/search/search-text.ts';
import { meetsNumberCondition, parseNumberCondition } from '../../../shared/search/number-filter.ts';
import { orderByRank, rankByList, rankNumbers, rankText, type Ranking } from '../../../shared/search/sort-order.ts';
import type { ParcelRow } from '../../../shared/survey/parcel-rows.ts';
import { ledgerColumn, type LedgerColumn, type LedgerColumnKey } from './ledger-columns.ts';

export interface LedgerSort {
  readonly column: LedgerColumnKey;
  readonly direction: 'asc' | 'desc';
}

/** Filter text per column: "contains" for text, a condition for numbers, a value for lists, 'yes'/'no' for flags. */
export type LedgerFilters = Readonly<Partial<Record<LedgerColumnKey, string>>>;

/**
 * The ledger's rows in display order: sorted, then filtered. Per-column sort
 * ranks and normalized text are computed once per rows array (the array object
 * is replaced on every edit); text rank tables survive edits that bring no new text.
 */
export class LedgerView {
  private rows: readonly ParcelRow[] = [];
  private readonly rankings = new Map<LedgerColumnKey, Ranking>();
  private readonly normalized = new Map<LedgerColumnKey, string[]>();
  private readonly textTables = new Map<LedgerColumnKey, ReadonlyMap<string, number>>();
  private readonly orders = new Map<string, Int32Array>();

  constructor(private readonly compare: (a: string, b: string) => number) {}

  /** Positions into `rows` to show, in order. */
  positions(rows: readonly ParcelRow[], sort: LedgerSort | undefined, filters: LedgerFilters): Int32Array {
    this.use(rows);
    const order = sort ? this.order(sort) : undefined;
    const tests = this.filterTests(filters);
    if (tests.length === 0) return order ?? Int32Array.from(rows, (_, i) => i);
    const kept = new Int32Array(rows.length);
    let count = 0;
    for (let p = 0; p < rows.length; p++) {
      const i = order ? (order[p] as number) : p;
      if (tests.every((test) => test(i))) kept[count++] = i;
    }
    return kept.slice(0, count);
  }

  private use(rows: readonly ParcelRow[]): void {
    if (rows === this.rows) return;
    this.rows = rows;
    this.rankings.clear();
    this.normalized.clear();
    this.orders.clear();
  }

  private order({ column, direction }: LedgerSort): Int32Array {
    const key = `${column}:${direction}`;
    let order = this.orders.get(key);
    if (!order) {
      order = orderByRank(this.ranking(ledgerColumn(column)), direction);
      this.orders.set(key, order);
    }
    return order;
  }

  private ranking(column: LedgerColumn): Ranking {
    let ranking = this.rankings.get(column.key);
    if (ranking) return ranking;
    const rows = this.rows;
    if (column.kind === 'text') {
      const ranked = rankText(rows.map(column.text), this.compare, this.textTables.get(column.key));
      this.textTables.set(column.key, ranked.table);
      ranking = ranked.ranking;
    } else if (column.kind === 'number') ranking = rankNumbers(Float64Array.from(rows, column.number));
    else if (column.kind === 'choice') ranking = rankByList(rows.map(column.choice), column.choices);
    else ranking = rankByList(rows.map(column.flag), [true, false]);
    this.rankings.set(column.key, ranking);
    return ranking;
  }

  private filterTests(filters: LedgerFilters): ((i: number) => boolean)[] {
    const tests: ((i: number) => boolean)[] = [];
    const rows = this.rows;
    for (const [key, raw] of Object.entries(filters) as [LedgerColumnKey, string][]) {
      const value = raw.trim();
      if (value === '') continue;
      const column = ledgerColumn(key);
      if (column.kind === 'text') {
        const needle = normalizeSearchText(value);
        const haystack = this.normalizedText(column);
        tests.push((i) => (haystack[i] as string).includes(needle));
      } else if (column.kind === 'number') {
        const condition = parseNumberCondition(value);
        if (condition) tests.push((i) => meetsNumberCondition(column.number(rows[i] as ParcelRow), condition));
      } else if (column.kind === 'choice') tests.push((i) => column.choice(rows[i] as ParcelRow) === value);
      else tests.push((i) => column.flag(rows[i] as ParcelRow) === (value === 'yes'));
    }
    return tests;
  }

  private normalizedText(column: LedgerColumn & { kind: 'text' }): string[] {
    let values = this.normalized.get(column.key);
    if (!values) {
      values = this.rows.map((row) => normalizeSearchText(column.text(row)));
      this.normalized.set(column.key, values);
    }
    return values;
  }
}
