import { landStatsRow } from '../land-stats/land-stats-row.ts';
import { summarizeLand, type LandSummary } from '../land-stats/land-summary.ts';
import type { ParcelClass } from '../survey/card-enums.ts';
import type { ParcelRow } from '../survey/parcel-rows.ts';

/** The stock classes a ledger files, in the order offices list them: 批而未供, 闲置, 低效, 储备. */
export const LEDGER_CLASSES: readonly ParcelClass[] = ['approvedUnsupplied', 'idle', 'inefficient', 'reserve'];

export interface ClassTotals {
  readonly count: number;
  /** Sum of ellipsoidal areas on CGCS2000, m² (unrounded). */
  readonly areaSquareMeters: number;
}

/** One park's ledger figures; `park` is '' for parcels without a park. */
export interface ParkSummary {
  readonly park: string;
  readonly byClass: Readonly<Record<ParcelClass, ClassTotals>>;
  /** Disposed area of the disposal stock, m². */
  readonly disposedSquareMeters: number;
  /** Disposed ÷ stock area (0–1), null when the park has no stock. */
  readonly disposalRate: number | null;
  /** Parcels flagged for supervised listing (挂牌督办). */
  readonly supervisedListings: number;
}

function ledgerLine(summary: LandSummary, park: string): ParkSummary {
  const byClass = summary.byClass as Readonly<Record<ParcelClass, ClassTotals>>;
  return {
    park, byClass, disposedSquareMeters: summary.disposal.disposed.areaSquareMeters,
    disposalRate: summary.disposal.rate ?? null, supervisedListings: summary.supervisedListings.count,
  };
}

/**
 * The ledger's per-park lines: the dashboard's own figures (summarizeLand of
 * shared/land-stats), so an exported ledger and the dashboard always agree.
 * Parks come in `parkOrder` (e.g. the preset's official order, listed even
 * without parcels), then the others, then parcels without a park.
 */
export function summarizeByPark(rows: readonly ParcelRow[], parkOrder: readonly string[] = []): ParkSummary[] {
  const parks = parkOrder.map((name) => ({ name, taxPerMuTarget: null }));
  return summarizeLand(rows.map((row) => landStatsRow(row)), { level: 'park', asOf: '9999-12-31', parks })
    .filter((summary) => summary.total.count > 0)
    .map((summary) => ledgerLine(summary, summary.key));
}

/** The same figures over all rows (the total line), computed from the rows, not from rounded park figures. */
export function summarizeAll(rows: readonly ParcelRow[]): ParkSummary {
  const [all] = summarizeLand(rows.map((row) => landStatsRow(row)), { level: 'city', asOf: '9999-12-31', cityName: '' });
  return ledgerLine(all as LandSummary, '');
}
