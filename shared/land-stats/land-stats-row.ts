import type { EvaluatedClass } from '../rules/classify-parcel.ts';
import { parseEconomicKey } from '../survey/card-fields.ts';
import type { FieldValues } from '../survey/field-value.ts';
import type { ParcelRow } from '../survey/parcel-rows.ts';

/**
 * What the dashboard and the ledger export count for one parcel. A ParcelRow
 * (shared/survey/parcel-rows.ts) fits as is; `taxWanYuan` adds the tax.
 */
export interface LandStatsRow {
  readonly parcelId: string;
  readonly park: string;
  readonly county: string;
  /** Ellipsoidal on CGCS2000, m². */
  readonly areaSquareMeters: number;
  /** The class shown (manual override applied); 'insufficientData' from a live evaluation. */
  readonly parcelClass: EvaluatedClass;
  readonly disposalStatus: string;
  /** 'YYYY-MM-DD' or ''. */
  readonly disposalDeadline: string;
  readonly supervisedListing: boolean;
  /** Tax of the latest complete year, 万元; undefined when not recorded. */
  readonly taxWanYuan?: number;
}

/**
 * Tax of the latest year that ended before `asOf` ('YYYY-MM-DD'), 万元, with
 * its year; undefined when no such year has a figure.
 */
export function latestCompleteYearTax(values: FieldValues, asOf: string): { readonly taxWanYuan: number; readonly year: number } | undefined {
  const lastComplete = Number(asOf.slice(0, 4)) - 1;
  let best: { taxWanYuan: number; year: number } | undefined;
  for (const [key, value] of Object.entries(values)) {
    const parsed = parseEconomicKey(key);
    if (parsed?.metric !== 'tax' || parsed.year > lastComplete || typeof value !== 'number' || !Number.isFinite(value)) continue;
    if (!best || parsed.year > best.year) best = { taxWanYuan: value, year: parsed.year };
  }
  return best;
}

/**
 * A stats row from a table row, with the class of a live evaluation when given
 * (its `parcelClass`, override applied) instead of the stored one.
 */
export function landStatsRow(row: ParcelRow, options: { readonly parcelClass?: EvaluatedClass; readonly taxWanYuan?: number } = {}): LandStatsRow {
  return {
    parcelId: row.parcelId, park: row.park, county: row.county, areaSquareMeters: row.areaSquareMeters,
    parcelClass: options.parcelClass ?? row.parcelClass,
    disposalStatus: row.disposalStatus, disposalDeadline: row.disposalDeadline, supervisedListing: row.supervisedListing,
    ...(options.taxWanYuan !== undefined ? { taxWanYuan: options.taxWanYuan } : {}),
  };
}
