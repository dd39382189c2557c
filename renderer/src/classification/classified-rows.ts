import type { ParcelRow } from '../../../shared/survey/parcel-rows.ts';
import type { DerivedParcel } from './classification-store.ts';

/**
 * Index rows with each parcel's derived class and preset park. A row whose
 * figures did not change is returned as the same object (the map recolours
 * only replaced rows), and a derived row is reused while its base row and
 * figures stay the same (`cache`, keyed by the base row).
 */
export function classifiedRows(
  rows: readonly ParcelRow[], byId: ReadonlyMap<string, DerivedParcel>, cache: WeakMap<ParcelRow, ParcelRow>,
): readonly ParcelRow[] {
  if (byId.size === 0) return rows;
  return rows.map((row) => {
    const derived = byId.get(row.parcelId);
    if (!derived) return row;
    const park = derived.park || row.park;
    if (derived.parcelClass === row.parcelClass && park === row.park) return row;
    const cached = cache.get(row);
    if (cached && cached.parcelClass === derived.parcelClass && cached.park === park) return cached;
    const next = { ...row, parcelClass: derived.parcelClass, park };
    cache.set(row, next);
    return next;
  });
}
