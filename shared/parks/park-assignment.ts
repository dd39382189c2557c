import type { FlatPolygonParts } from '../model/chunk-feature-parts.ts';
import { placePointInParts } from '../photo/point-in-polygon.ts';
import type { Park } from './park-preset.ts';
import { representativePoint } from './representative-point.ts';

/** One park's boundary polygon(s) from a boundary layer, lon/lat degrees CGCS2000. */
export interface ParkBoundary {
  readonly parkName: string;
  readonly parts: FlatPolygonParts;
}

/** The park a parcel belongs to and how that was decided. */
export interface ParkAssignment {
  /** The preset park's name, or undefined when none matched. */
  readonly parkName: string | undefined;
  readonly method: 'boundary' | 'attribute' | 'none';
}

/** Comparable form of a park name: no spaces, half-width brackets. */
export function normalizeParkName(name: string): string {
  return name.replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')');
}

/** A lookup from every name and alias of the parks (normalised) to the park's name. */
export function parkNameIndex(parks: readonly Park[]): ReadonlyMap<string, string> {
  const index = new Map<string, string>();
  for (const park of parks) {
    for (const name of [park.name, ...park.aliases]) index.set(normalizeParkName(name), park.name);
  }
  return index;
}

/** The park a parcel's park attribute (YQMC) names, by name or alias; undefined when none. */
export function parkByAttribute(value: string, index: ReadonlyMap<string, string>): string | undefined {
  const text = normalizeParkName(value);
  return text === '' ? undefined : index.get(text);
}

/**
 * The park whose boundary holds the parcel's representative point (a point
 * inside the parcel, on an edge counts); the first boundary in order wins
 * where boundaries overlap. Undefined when none holds it.
 */
export function parkByBoundary(parcelParts: FlatPolygonParts, boundaries: readonly ParkBoundary[]): string | undefined {
  const point = representativePoint(parcelParts);
  if (!point) return undefined;
  return boundaries.find((b) => placePointInParts(point[0], point[1], b.parts) !== 'outside')?.parkName;
}

/**
 * Assigns a parcel to a park: by the boundary layer when one is given and holds
 * the parcel, else by its park attribute. Says which way decided.
 */
export function assignPark(
  parcel: { readonly parts?: FlatPolygonParts; readonly parkAttribute: string },
  boundaries: readonly ParkBoundary[],
  index: ReadonlyMap<string, string>,
): ParkAssignment {
  if (parcel.parts && boundaries.length > 0) {
    const byBoundary = parkByBoundary(parcel.parts, boundaries);
    if (byBoundary) return { parkName: byBoundary, method: 'boundary' };
  }
  const byAttribute = parkByAttribute(parcel.parkAttribute, index);
  return byAttribute ? { parkName: byAttribute, method: 'attribute' } : { parkName: undefined, method: 'none' };
}
