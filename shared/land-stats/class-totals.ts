import type { EvaluatedClass } from '../rules/classify-parcel.ts';
import { PARCEL_CLASSES } from '../survey/card-enums.ts';
import { squareMetersToMu } from '../geodesy/area-units.ts';
import type { LandStatsRow } from './land-stats-row.ts';

/** Every class a dashboard counts, in display order. */
export const STATS_CLASSES: readonly EvaluatedClass[] = [...PARCEL_CLASSES, 'insufficientData'];

/** How many parcels and how much land. */
export interface AreaCount {
  readonly count: number;
  /** Sum of ellipsoidal areas, m². */
  readonly areaSquareMeters: number;
  /** The same in 亩 (areaSquareMeters ÷ 666.666…), unrounded. */
  readonly areaMu: number;
}

/** Count and area of a set of rows (areas summed in m², then converted to 亩). */
export function areaCount(rows: readonly LandStatsRow[]): AreaCount {
  let areaSquareMeters = 0;
  for (const row of rows) areaSquareMeters += row.areaSquareMeters;
  return { count: rows.length, areaSquareMeters, areaMu: squareMetersToMu(areaSquareMeters) };
}

/** Count and area per class, every class present (zero when none). */
export function classTotals(rows: readonly LandStatsRow[]): Record<EvaluatedClass, AreaCount> {
  const groups = new Map<EvaluatedClass, LandStatsRow[]>(STATS_CLASSES.map((c) => [c, []]));
  for (const row of rows) (groups.get(row.parcelClass) ?? groups.get('unsurveyed'))?.push(row);
  return Object.fromEntries(STATS_CLASSES.map((c) => [c, areaCount(groups.get(c) ?? [])])) as Record<EvaluatedClass, AreaCount>;
}
