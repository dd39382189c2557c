import type { ParcelRow } from '../../../shared/survey/parcel-rows.ts';

/**
 * Rows whose parcel class differs between two versions of the index rows.
 * Edits replace single row objects (parcel-index.ts withEditedRows), so rows are
 * compared by reference per position and only replaced ones are looked at.
 * With no previous rows (first load), every row whose class is not `baseline`
 * and every row in `alwaysInclude` is returned.
 */
export function rowsWithChangedClass(
  previous: readonly ParcelRow[] | undefined, next: readonly ParcelRow[],
  baseline = 'unsurveyed', alwaysInclude: ReadonlySet<string> = new Set(),
): ParcelRow[] {
  const changed: ParcelRow[] = [];
  if (!previous || previous.length !== next.length) {
    for (const row of next) if (row.parcelClass !== baseline || alwaysInclude.has(row.parcelId)) changed.push(row);
    return changed;
  }
  for (let i = 0; i < next.length; i++) {
    const before = previous[i] as ParcelRow, after = next[i] as ParcelRow;
    if (before === after) continue;
    if (before.parcelId !== after.parcelId || before.parcelClass !== after.parcelClass) changed.push(after);
  }
  return changed;
}

/** True when any replaced row moved to another park (park outlines must be redrawn). */
export function parkChanged(previous: readonly ParcelRow[], next: readonly ParcelRow[]): boolean {
  if (previous.length !== next.length) return true;
  for (let i = 0; i < next.length; i++) {
    const before = previous[i] as ParcelRow, after = next[i] as ParcelRow;
    if (before !== after && before.park !== after.park) return true;
  }
  return false;
}
