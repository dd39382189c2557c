import { availableLandFromParcels, buildAvailableLandList, type AvailableLandInput, type AvailableLandList } from '../../../shared/export/available-land-list.ts';
import type { ParcelExportInput } from '../../../shared/export/parcel-export-columns.ts';
import { squareMetersToMu } from '../../../shared/geodesy/area-units.ts';
import type { FieldValues } from '../../../shared/survey/field-value.ts';
import type { ParcelRow } from '../../../shared/survey/parcel-rows.ts';
import { detailsFromValues } from './available-land-fields.ts';

/**
 * The list's inputs: stock parcels (shown class 批而未供, 闲置, 低效 or 储备) with
 * the details stored on them, then the planned increments; only one park's when
 * `park` is given ('' = parcels without a park). The screen and the export
 * worker both build the list from this, so they agree item by item.
 */
export function availableLandListInputs(
  parcels: readonly Pick<ParcelExportInput, 'row' | 'values' | 'geometry'>[], increments: readonly AvailableLandInput[], park?: string,
): AvailableLandInput[] {
  const details = new Map(parcels.map((p) => [p.row.parcelId, detailsFromValues(p.values)]));
  const all = [...availableLandFromParcels(parcels, details), ...increments];
  return park === undefined ? all : all.filter((input) => input.park === park);
}

/** What the screen shows: the list built from the app's rows (their shown class) and each parcel's edited values. */
export function availableLandScreenList(
  rows: readonly ParcelRow[], valuesById: ReadonlyMap<string, FieldValues>, increments: readonly AvailableLandInput[],
  options: { readonly year: number; readonly park?: string; readonly parkOrder?: readonly string[] },
): AvailableLandList {
  const parcels = rows.map((row) => ({ row, values: valuesById.get(row.parcelId) ?? {} }));
  return buildAvailableLandList(availableLandListInputs(parcels, increments, options.park), { year: options.year, parkOrder: options.parkOrder });
}

/** Totals the screen prints above the list. Areas in 亩 (from summed m²), cost in 万元 (known values only). */
export interface ListTotals {
  readonly count: number;
  readonly areaMu: number;
  readonly costWanYuan: number;
  /** Items lacking cost, conditions, procedure or cycle. */
  readonly missing: number;
}

export function listTotals(list: AvailableLandList): ListTotals {
  let area = 0, cost = 0, missing = 0;
  for (const item of list.items) {
    area += item.areaSquareMeters;
    cost += item.landCostWanYuan ?? 0;
    if (item.missing.length > 0) missing++;
  }
  return { count: list.items.length, areaMu: squareMetersToMu(area), costWanYuan: cost, missing };
}
