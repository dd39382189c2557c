import type { DbfValue } from '../shapefile/dbf-reader.ts';
import type { FieldMapping, ParcelField } from '../model/parcel-fields.ts';
import { CARD_FIELDS } from './card-fields.ts';
import type { FieldValue, FieldValues } from './field-value.ts';

/** Card field key → source column name, for the card fields the mapping feeds. */
export function mappedCardColumns(mapping: FieldMapping): [string, string][] {
  const pairs: [string, string][] = [];
  for (const field of CARD_FIELDS) {
    const column = field.sourceField ? mapping[field.sourceField as ParcelField] : undefined;
    if (column) pairs.push([field.key, column]);
  }
  return pairs;
}

/** Adds a source value to card values; empty text is no value, text is trimmed. */
export function putSourceValue(values: Record<string, FieldValue>, key: string, raw: DbfValue | undefined): void {
  if (raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '')) return;
  values[key] = typeof raw === 'string' ? raw.trim() : raw;
}

/**
 * The card values an imported feature brings before anyone edits it: each card
 * field with a `sourceField` takes the mapped column's value. Empty text is no value.
 */
export function sourceCardValues(attributes: Readonly<Record<string, DbfValue>>, mapping: FieldMapping): FieldValues {
  const values: Record<string, FieldValue> = {};
  for (const [key, column] of mappedCardColumns(mapping)) putSourceValue(values, key, attributes[column]);
  return values;
}

/** What the card shows: edits over source values. A field edited to null stays empty. */
export function effectiveValues(source: FieldValues, edited: FieldValues | undefined): FieldValues {
  return edited ? { ...source, ...edited } : source;
}
