import type { EvaluatedClass } from '../rules/classify-parcel.ts';
import { isIsoDate } from '../rules/iso-date.ts';
import { areaCount, type AreaCount } from './class-totals.ts';
import type { LandStatsRow } from './land-stats-row.ts';

/** The classes whose area is the stock to dispose (批而未供 + 闲置 + 低效). */
export const DISPOSAL_STOCK_CLASSES: readonly EvaluatedClass[] = ['approvedUnsupplied', 'idle', 'inefficient'];

/** Targets of the plan: 消化处置率 ≥ 60% by end-2021; ≥ 2 挂牌督办 per park. */
export interface DisposalTargets {
  /** Share 0–1. */
  readonly disposalRate: number;
  readonly supervisedListingsPerPark: number;
}

export const XUCHANG_DISPOSAL_TARGETS: DisposalTargets = { disposalRate: 0.6, supervisedListingsPerPark: 2 };

const isDisposed = (row: LandStatsRow) => row.disposalStatus === 'disposed';

/**
 * A row is stock when its class is a stock class, or when its disposal is
 * complete (a disposed parcel stays in the base even if it now rates 正常).
 */
export function isDisposalStock(row: LandStatsRow): boolean {
  return DISPOSAL_STOCK_CLASSES.includes(row.parcelClass) || isDisposed(row);
}

export interface DisposalProgress {
  readonly stock: AreaCount;
  readonly disposed: AreaCount;
  /** Disposed area ÷ stock area (0–1); undefined without stock. */
  readonly rate: number | undefined;
  readonly target: number;
  /** undefined without stock. */
  readonly met: boolean | undefined;
}

/** 消化处置率 by area: disposed stock area ÷ stock area, against the target share. */
export function disposalProgress(rows: readonly LandStatsRow[], target: number): DisposalProgress {
  const stockRows = rows.filter(isDisposalStock);
  const stock = areaCount(stockRows);
  const disposed = areaCount(stockRows.filter(isDisposed));
  const rate = stock.areaSquareMeters > 0 ? disposed.areaSquareMeters / stock.areaSquareMeters : undefined;
  return { stock, disposed, rate, target, met: rate === undefined ? undefined : rate >= target };
}

/**
 * Parcels whose disposal deadline passed before `asOf` ('YYYY-MM-DD'; a
 * deadline on that day is not yet overdue) and whose disposal is not complete,
 * soonest deadline first.
 */
export function overdueDisposals(rows: readonly LandStatsRow[], asOf: string): LandStatsRow[] {
  return rows
    .filter((row) => isIsoDate(row.disposalDeadline) && row.disposalDeadline < asOf && !isDisposed(row))
    .sort((a, b) => a.disposalDeadline.localeCompare(b.disposalDeadline) || a.parcelId.localeCompare(b.parcelId));
}
