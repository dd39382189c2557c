import type { FieldMapping } from '../model/parcel-fields.ts';
import type { DbfValue } from '../shapefile/dbf-reader.ts';
import type { FieldValue, FieldValues } from '../survey/field-value.ts';
import { effectiveValues, putSourceValue, sourceCardValues } from '../survey/source-values.ts';
import { RULE_INPUT_KEYS, type ParcelFacts } from './parcel-facts.ts';

/** Source columns that name a parcel's industry (行业名称 / 行业类别 / 所属行业 / 产业类别), first match wins. */
export const INDUSTRY_COLUMNS = ['HYMC', 'HYLB', 'SSHY', 'CYLB'] as const;

function column(attributes: Readonly<Record<string, DbfValue>>, names: readonly string[]): DbfValue | undefined {
  const byUpper = new Map(Object.keys(attributes).map((name) => [name.toUpperCase(), name]));
  for (const name of names) {
    const actual = byUpper.get(name);
    if (actual !== undefined) return attributes[actual];
  }
  return undefined;
}

/**
 * The classifier's input for an imported feature: the card values its mapped
 * columns give (plus the industry column when there is one), edits over them,
 * the recorded FAR (RJL) as a fallback, and the ellipsoidal area (m², CGCS2000).
 */
export function parcelFactsFromSource(
  parcelId: string, attributes: Readonly<Record<string, DbfValue>>, mapping: FieldMapping, areaSquareMeters: number, edits?: FieldValues,
): ParcelFacts {
  const source: Record<string, FieldValue> = { ...sourceCardValues(attributes, mapping) };
  putSourceValue(source, RULE_INPUT_KEYS.industry, column(attributes, INDUSTRY_COLUMNS));
  const recorded = mapping.floorAreaRatio ? attributes[mapping.floorAreaRatio] : undefined;
  return {
    parcelId,
    values: effectiveValues(source, edits),
    siteAreaSquareMeters: areaSquareMeters,
    ...(typeof recorded === 'number' && Number.isFinite(recorded) ? { recordedFloorAreaRatio: recorded } : {}),
  };
}
