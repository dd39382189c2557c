import type { EvaluatedClass } from '../rules/classify-parcel.ts';
import { squareMetersToMu } from '../geodesy/area-units.ts';
import type { Park } from '../parks/park-preset.ts';
import { areaCount, classTotals, type AreaCount } from './class-totals.ts';
import { disposalProgress, overdueDisposals, XUCHANG_DISPOSAL_TARGETS, type DisposalProgress, type DisposalTargets } from './disposal-progress.ts';
import type { LandStatsRow } from './land-stats-row.ts';

/** Which administrative level a summary groups by. */
export type SummaryLevel = 'park' | 'county' | 'city';

/** 亩均税收 of a group against its target band. */
export interface TaxPerMuSummary {
  /** Sum of the tax of rows with a figure, 万元. */
  readonly taxWanYuan: number;
  /** Area of those rows, 亩. */
  readonly taxedAreaMu: number;
  readonly parcelsWithTax: number;
  /** 亩均税收 = taxWanYuan ÷ taxedAreaMu, 万元/亩; undefined without figures. */
  readonly value: number | undefined;
  /** The park's target band (park level only), 万元/亩. */
  readonly target: { readonly min: number; readonly max: number } | undefined;
  readonly status: 'below' | 'within' | 'above' | 'noTarget' | 'noData';
}

/** One group's dashboard and ledger figures (unrounded; format when showing). */
export interface LandSummary {
  readonly level: SummaryLevel;
  /** Park name, county name, or the city name; '' for rows without one. */
  readonly key: string;
  readonly total: AreaCount;
  readonly byClass: Readonly<Record<EvaluatedClass, AreaCount>>;
  readonly taxPerMu: TaxPerMuSummary;
  readonly disposal: DisposalProgress;
  readonly supervisedListings: { readonly count: number; readonly target: number; readonly met: boolean };
  /** Parcel ids with a disposal deadline before the as-of date and disposal not complete, soonest first. */
  readonly overdueParcelIds: readonly string[];
}

/** What summarizeLand groups by, on which date, with which targets. */
export interface SummaryOptions {
  readonly level: SummaryLevel;
  /** 'YYYY-MM-DD': deadlines before it are overdue. */
  readonly asOf: string;
  /** Park presets (name and 亩均税收 target are read): targets, and parks listed even without parcels (park level). */
  readonly parks?: readonly Pick<Park, 'name' | 'taxPerMuTarget'>[];
  readonly targets?: DisposalTargets;
  /** Key of the single city-level group. */
  readonly cityName?: string;
}

function taxPerMu(rows: readonly LandStatsRow[], target: TaxPerMuSummary['target']): TaxPerMuSummary {
  let taxWanYuan = 0, areaSquareMeters = 0, parcelsWithTax = 0;
  for (const row of rows) {
    if (row.taxWanYuan === undefined || !Number.isFinite(row.taxWanYuan)) continue;
    taxWanYuan += row.taxWanYuan;
    areaSquareMeters += row.areaSquareMeters;
    parcelsWithTax++;
  }
  const taxedAreaMu = squareMetersToMu(areaSquareMeters);
  const value = taxedAreaMu > 0 ? taxWanYuan / taxedAreaMu : undefined;
  const status = value === undefined ? 'noData' : !target ? 'noTarget' : value < target.min ? 'below' : value > target.max ? 'above' : 'within';
  return { taxWanYuan, taxedAreaMu, parcelsWithTax, value, target, status };
}

const groupKey = (row: LandStatsRow, options: SummaryOptions) =>
  options.level === 'park' ? row.park.trim() : options.level === 'county' ? row.county.trim() : (options.cityName ?? '');

/**
 * The dashboard's and ledger summary's figures per park, county or the whole
 * city: count and ellipsoidal area (m², 亩) by class; 亩均税收 against the park's
 * target band; 消化处置率 by area against the target (60%); 挂牌督办 count
 * against 2 per park (per distinct park in a county or the city); overdue
 * disposal deadlines. Park level lists the preset parks first (in preset order,
 * even without parcels), then other names in code-point order (the same in
 * every runtime, so the ledger export and the dashboard list groups alike),
 * then rows without a name (''). Nothing is rounded.
 */
export function summarizeLand(rows: readonly LandStatsRow[], options: SummaryOptions): LandSummary[] {
  const targets = options.targets ?? XUCHANG_DISPOSAL_TARGETS;
  const parks = options.parks ?? [];
  const groups = new Map<string, LandStatsRow[]>();
  if (options.level === 'park') for (const park of parks) groups.set(park.name, []);
  if (options.level === 'city') groups.set(options.cityName ?? '', []);
  const preset = groups.size;
  for (const row of rows) {
    const key = groupKey(row, options);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  const keys = [...groups.keys()];
  const others = keys.slice(preset).filter((key) => key !== '').sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const ordered = [...keys.slice(0, preset), ...others, ...(keys.slice(preset).includes('') ? [''] : [])];
  const targetOf = new Map(parks.map((park) => [park.name, park.taxPerMuTarget ?? undefined]));
  return ordered.map((key) => {
    const group = groups.get(key) ?? [];
    const parkCount = options.level === 'park' ? 1 : new Set(group.map((row) => row.park.trim()).filter((p) => p !== '')).size;
    const listings = group.filter((row) => row.supervisedListing).length;
    const listingTarget = targets.supervisedListingsPerPark * parkCount;
    return {
      level: options.level, key,
      total: areaCount(group),
      byClass: classTotals(group),
      taxPerMu: taxPerMu(group, options.level === 'park' ? targetOf.get(key) : undefined),
      disposal: disposalProgress(group, targets.disposalRate),
      supervisedListings: { count: listings, target: listingTarget, met: listings >= listingTarget },
      overdueParcelIds: overdueDisposals(group, options.asOf).map((row) => row.parcelId),
    };
  });
}

/**
 * The parcels behind one figure of a summary, for click-through to the map and
 * table: the rows of group `key` at the options' level (grouped exactly as
 * summarizeLand groups), optionally only those of one class.
 */
export function landSummaryParcelIds(rows: readonly LandStatsRow[], options: SummaryOptions, key: string, parcelClass?: EvaluatedClass): string[] {
  const ids: string[] = [];
  for (const row of rows) {
    if (groupKey(row, options) === key && (parcelClass === undefined || row.parcelClass === parcelClass)) ids.push(row.parcelId);
  }
  return ids;
}
