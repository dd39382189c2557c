import { PARCEL_CLASSES, type ParcelClass } from '../../../shared/survey/card-enums.ts';
import type { ParcelRow } from '../../../shared/survey/parcel-rows.ts';

/** Number of parcels and their area (m², ellipsoidal) per class, every class present (0 when none). */
export interface ClassCount {
  readonly count: number;
  readonly areaSquareMeters: number;
}

/** Counts the rows of each parcel class for the legend; unknown classes count as 未调查. */
export function countParcelClasses(rows: readonly Pick<ParcelRow, 'parcelClass' | 'areaSquareMeters'>[]): Record<ParcelClass, ClassCount> {
  const counts = Object.fromEntries(PARCEL_CLASSES.map((c) => [c, { count: 0, areaSquareMeters: 0 }])) as Record<ParcelClass, { count: number; areaSquareMeters: number }>;
  for (const row of rows) {
    const entry = counts[row.parcelClass] ?? counts.unsurveyed;
    entry.count++;
    entry.areaSquareMeters += row.areaSquareMeters;
  }
  return counts;
}
