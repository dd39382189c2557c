import { createEllipsoidalArea } from '../geodesy/ellipsoidal-area.ts';
import { squareMetersPerAreaUnit, type FieldMapping } from '../model/parcel-fields.ts';
import { isClockwiseFlat } from '../model/ring-orientation.ts';
import { dbfRow, type DbfTable, type DbfValue } from '../shapefile/dbf-reader.ts';
import { checkPolygonRings, FIXABLE_ISSUES, type FeatureIssueCode } from './geometry-check.ts';
import type { ImportedFeature, ImportOptions } from './imported-layer.ts';
import { PolygonFeature } from './polygon-feature.ts';

/** Where a feature's attributes come from: one value, or the whole record. */
export interface AttributeSource {
  value(field: string, index: number): DbfValue;
  row(index: number): Record<string, DbfValue>;
}

/** Attributes of a DBF table read from record `firstRecord` on (all of it, or a range). */
export function tableAttributeSource(table: DbfTable, firstRecord: number): AttributeSource {
  const columnIndex = new Map(table.fields.map((field, f) => [field.name, f]));
  return {
    value: (field, index) => table.columns[columnIndex.get(field) ?? -1]?.[index - firstRecord] ?? null,
    row: (index) => dbfRow(table, index - firstRecord),
  };
}

/** Attributes held as plain objects (GeoJSON input). */
export function rowAttributeSource(rows: readonly Record<string, DbfValue>[]): AttributeSource {
  return { value: (field, index) => rows[index]?.[field] ?? null, row: (index) => rows[index] ?? {} };
}

const area = createEllipsoidalArea();

/** Builds one parcel feature from shapefile-ordered rings in lon/lat; null when the options skip it. */
export function assemblePolygonFeature(
  sourceIndex: number, ringsLonLat: Float64Array[] | null, attributes: AttributeSource,
  mapping: FieldMapping, options: ImportOptions,
): ImportedFeature | null {
  const check = ringsLonLat ? checkPolygonRings(ringsLonLat) : { issues: ['null-geometry' as FeatureIssueCode], repaired: [] };
  const action = options.invalidFeatures ?? 'keep';
  if (check.issues.length > 0 && action === 'skip') return null;
  const unfixable = check.issues.length === 0 ? check.issues : check.issues.filter((issue) => !FIXABLE_ISSUES.has(issue));
  if (action === 'fix' && unfixable.includes('out-of-range')) return null;
  // The map needs valid rings either way; "keep" differs from "fix" in that the issues stay flagged.
  const rings = check.issues.includes('out-of-range') || check.repaired.length === 0 ? null : check.repaired;
  const areaSquareMeters = rings ? shapefileRingsArea(rings) : 0;
  const recorded = recordedArea(attributes, sourceIndex, mapping);
  const tolerance = options.areaTolerance ?? 0.01;
  const mismatch = recorded !== undefined && areaSquareMeters > 0 && Math.abs(recorded - areaSquareMeters) / areaSquareMeters > tolerance;
  return new PolygonFeature(sourceIndex, rings, areaSquareMeters, recorded, mismatch, action === 'fix' ? unfixable : check.issues, attributes.row);
}

/**
 * Ellipsoidal area of shapefile-ordered rings (flat lon/lat): clockwise rings are
 * outer, counter-clockwise ones holes; if none is clockwise, all count as outer
 * (the same reading as ringsToGeometry).
 */
function shapefileRingsArea(rings: readonly Float64Array[]): number {
  if (rings.length === 1) return area.ringAreaSquareMetersFlat(rings[0] as Float64Array); // outer either way
  const clockwise = rings.map(isClockwiseFlat);
  const anyOuter = clockwise.some(Boolean);
  let total = 0;
  rings.forEach((ring, i) => {
    const ringArea = area.ringAreaSquareMetersFlat(ring);
    total += !anyOuter || clockwise[i] ? ringArea : -ringArea;
  });
  return Math.max(0, total);
}

function recordedArea(attributes: AttributeSource, index: number, mapping: FieldMapping): number | undefined {
  if (!mapping.registeredArea) return undefined;
  const value = attributes.value(mapping.registeredArea, index);
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) return undefined;
  return value * squareMetersPerAreaUnit(mapping.areaUnit ? attributes.value(mapping.areaUnit, index) : undefined);
}
