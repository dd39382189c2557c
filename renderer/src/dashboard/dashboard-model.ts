import { isDisposalStock } from '../../../shared/land-stats/disposal-progress.ts';
import { landStatsRow, type LandStatsRow } from '../../../shared/land-stats/land-stats-row.ts';
import { landSummaryParcelIds, summarizeLand, type LandSummary, type SummaryLevel, type SummaryOptions } from '../../../shared/land-stats/land-summary.ts';
import type { Park } from '../../../shared/parks/park-preset.ts';
import type { ParcelClass } from '../../../shared/survey/card-enums.ts';
import type { ParcelRow } from '../../../shared/survey/parcel-rows.ts';

/** The city the Xuchang parks belong to: the key of the city-level group. */
export const DASHBOARD_CITY = '许昌市';

/** What a click on a figure selects: every parcel of a group, of one class, or behind one indicator. */
export type DashboardFigure =
  | { readonly kind: 'group' }
  | { readonly kind: 'class'; readonly parcelClass: ParcelClass }
  | { readonly kind: 'disposalStock' }
  | { readonly kind: 'disposed' }
  | { readonly kind: 'supervisedListings' }
  | { readonly kind: 'overdue' };

/** The dashboard's figures at one level, and the rows they were computed from. */
export interface DashboardView {
  readonly level: SummaryLevel;
  readonly options: SummaryOptions;
  readonly rows: readonly LandStatsRow[];
  readonly groups: readonly LandSummary[];
}

/**
 * The dashboard at a level (park, county or city), from the index rows (class
 * and park as shown on the map) and each parcel's latest complete-year tax
 * (万元). Figures come from the core's summarizeLand, as the ledger summary.
 */
export function dashboardView(
  rows: readonly ParcelRow[], taxById: (parcelId: string) => number | undefined,
  options: { readonly level: SummaryLevel; readonly asOf: string; readonly parks: readonly Park[] },
): DashboardView {
  const stats = rows.map((row) => {
    const taxWanYuan = taxById(row.parcelId);
    return landStatsRow(row, taxWanYuan === undefined ? {} : { taxWanYuan });
  });
  const summaryOptions: SummaryOptions = { level: options.level, asOf: options.asOf, parks: options.parks, cityName: DASHBOARD_CITY };
  return { level: options.level, options: summaryOptions, rows: stats, groups: summarizeLand(stats, summaryOptions) };
}

/** The parcel ids behind one figure of a group, for selection on the map and in the ledger. */
export function figureParcelIds(view: DashboardView, key: string, figure: DashboardFigure): string[] {
  if (figure.kind === 'overdue') return [...(view.groups.find((g) => g.key === key)?.overdueParcelIds ?? [])];
  const ids = landSummaryParcelIds(view.rows, view.options, key, figure.kind === 'class' ? figure.parcelClass : undefined);
  if (figure.kind === 'group' || figure.kind === 'class') return ids;
  const wanted = new Set(ids);
  return view.rows.filter((row) => {
    if (!wanted.has(row.parcelId)) return false;
    if (figure.kind === 'supervisedListings') return row.supervisedListing;
    if (figure.kind === 'disposed') return isDisposalStock(row) && row.disposalStatus === 'disposed';
    return isDisposalStock(row);
  }).map((row) => row.parcelId);
}
