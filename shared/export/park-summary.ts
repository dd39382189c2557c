import { PARCEL_CLASSES, type ParcelClass } from '../survey/card-enums.ts';
import type { ParcelRow } from '../survey/parcel-rows.ts';

/** The stock classes a ledger files, in the order offices list them: 批而未供, 闲置, 低效, 储备. */
export const LEDGER_CLASSES: readonly ParcelClass[] = ['approvedUnsupplied', 'idle', 'inefficient', 'reserve'];

/** Classes whose area is the base of the disposal rate (消化处置率): 批而未供, 闲置, 低效. */
export const DISPOSAL_BASE_CLASSES: readonly ParcelClass[] = ['approvedUnsupplied', 'idle', 'inefficient'];

export interface ClassTotals {
  readonly count: number;
  /** Sum of ellipsoidal areas on CGCS2000, m² (unrounded). */
  readonly areaSquareMeters: number;
}

/** One park's figures; `park` is '' for parcels without a park. */
export interface ParkSummary {
  readonly park: string;
  readonly byClass: Readonly<Record<ParcelClass, ClassTotals>>;
  /** Area of the disposal base classes whose disposal status is 'disposed', m². */
  readonly disposedSquareMeters: number;
  /** Disposed ÷ base area (0–1), null when the park has no base area. */
  readonly disposalRate: number | null;
  /** Parcels flagged for supervised listing (挂牌督办). */
  readonly supervisedListings: number;
}

interface Accumulator {
  byClass: Record<ParcelClass, { count: number; areaSquareMeters: number }>;
  disposed: number;
  supervised: number;
}

function emptyAccumulator(): Accumulator {
  const byClass = Object.fromEntries(PARCEL_CLASSES.map((c) => [c, { count: 0, areaSquareMeters: 0 }])) as Accumulator['byClass'];
  return { byClass, disposed: 0, supervised: 0 };
}

function add(acc: Accumulator, row: ParcelRow): void {
  const totals = acc.byClass[row.parcelClass];
  totals.count++;
  totals.areaSquareMeters += row.areaSquareMeters;
  if (row.disposalStatus === 'disposed' && DISPOSAL_BASE_CLASSES.includes(row.parcelClass)) acc.disposed += row.areaSquareMeters;
  if (row.supervisedListing) acc.supervised++;
}

function finish(park: string, acc: Accumulator): ParkSummary {
  const base = DISPOSAL_BASE_CLASSES.reduce((sum, c) => sum + acc.byClass[c].areaSquareMeters, 0);
  return {
    park, byClass: acc.byClass, disposedSquareMeters: acc.disposed,
    disposalRate: base > 0 ? acc.disposed / base : null, supervisedListings: acc.supervised,
  };
}

/**
 * Per-park counts and areas by class, disposed area, disposal rate and supervised
 * listings. Parks come in `parkOrder` (e.g. the preset's official order), then the
 * others in Chinese collation order, then parcels without a park. The dashboard
 * should use the same function so its figures equal the ledger's.
 */
export function summarizeByPark(rows: readonly ParcelRow[], parkOrder: readonly string[] = []): ParkSummary[] {
  const byPark = new Map<string, Accumulator>();
  for (const row of rows) {
    let acc = byPark.get(row.park);
    if (!acc) byPark.set(row.park, (acc = emptyAccumulator()));
    add(acc, row);
  }
  const collator = new Intl.Collator('zh-CN');
  const rank = (park: string) => (park === '' ? Infinity : parkOrder.includes(park) ? parkOrder.indexOf(park) : parkOrder.length);
  return [...byPark.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || (a === '' || b === '' ? 0 : collator.compare(a, b)))
    .map(([park, acc]) => finish(park, acc));
}

/** The same figures over all rows (the total line), computed from the rows, not from rounded park figures. */
export function summarizeAll(rows: readonly ParcelRow[]): ParkSummary {
  const acc = emptyAccumulator();
  for (const row of rows) add(acc, row);
  return finish('', acc);
}
