import { addToHeads, headValue, isConflict, type FieldHeads } from '../sync/field-heads.ts';
import type { FieldValue } from './field-value.ts';

/**
 * One change to one field of one parcel: the unit of history, undo, packages
 * and sync. `hlc` (shared/sync/hlc.ts) orders operations across devices; the
 * id is unique per operation and stable across copies.
 */
export interface FieldOperation {
  readonly id: string;
  readonly projectId: string;
  readonly parcelId: string;
  readonly field: string;
  readonly oldValue: FieldValue;
  readonly newValue: FieldValue;
  /** The user's name as set once on the device. */
  readonly author: string;
  /** 16 hex digits, the device id inside the clock stamp too. */
  readonly device: string;
  /** The device's name as its user set it (e.g. 县局笔记本-1). */
  readonly deviceName: string;
  readonly hlc: string;
  /** 'local' edits may be undone on this device; 'remote' ones (from packages or the hub) never. */
  readonly origin: 'local' | 'remote';
  /**
   * The clock of the field's value this edit replaced ('' for the imported source
   * value). Two operations on the same base are concurrent: the sync merge turns
   * differing concurrent values into a conflict instead of dropping one.
   */
  readonly baseHlc?: string;
  /** Clocks of the conflicting values a resolving edit settles (all of them become its base). */
  readonly resolves?: readonly string[];
  /** Set on an operation that undoes (or redoes) another one. */
  readonly undoOf?: string;
  readonly redoOf?: string;
}

/**
 * A parcel's edited fields. Per field the heads (values no known operation has
 * replaced, shared/sync/field-heads.ts); `values` and `clocks` hold the newest
 * head's value and stamp, which every replica with the same operations agrees on.
 */
export interface ParcelEdits {
  readonly parcelId: string;
  readonly projectId: string;
  readonly values: Readonly<Record<string, FieldValue>>;
  readonly clocks: Readonly<Record<string, string>>;
  /** Absent on records stored before the merge kept heads: rebuild them from the operations. */
  readonly heads?: Readonly<Record<string, FieldHeads>>;
  /** Fields whose heads disagree (concurrent different values), sorted; the parcel is flagged while any remain. */
  readonly conflicts?: readonly string[];
  /** The newest operation's stamp. */
  readonly updatedHlc: string;
}

/**
 * Applies operations to a parcel's edits by the three-way field merge: an
 * operation replaces the value it was based on (and the conflicting values it
 * resolves); concurrent operations with different values on one base are both
 * kept as a conflict. The order of `operations` does not matter and applying
 * one twice changes nothing; the input is not changed. Any field key merges
 * alike, `geometry` (GeoJSON text, CGCS2000 lon/lat) included.
 */
export function applyOperations(edits: ParcelEdits | undefined, operations: readonly FieldOperation[], parcelId: string, projectId: string): ParcelEdits {
  if (edits && !edits.heads && Object.keys(edits.values).length > 0) throw new Error(`edits of ${parcelId} have no heads: rebuild them from the operations`);
  const heads: Record<string, FieldHeads> = { ...edits?.heads };
  let updatedHlc = edits?.updatedHlc ?? '';
  for (const op of operations) {
    if (op.parcelId !== parcelId) throw new Error(`operation ${op.id} is for parcel ${op.parcelId}, not ${parcelId}`);
    heads[op.field] = addToHeads(heads[op.field], op);
    if (op.hlc > updatedHlc) updatedHlc = op.hlc;
  }
  const values: Record<string, FieldValue> = {};
  const clocks: Record<string, string> = {};
  const conflicts: string[] = [];
  const sorted: Record<string, FieldHeads> = {};
  // Fields in key order: replicas with the same operations hold the same record, byte for byte.
  for (const [field, state] of Object.entries(heads).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    sorted[field] = state;
    const newest = state.heads.at(-1);
    if (!newest) continue;
    values[field] = headValue(state) as FieldValue;
    clocks[field] = newest.hlc;
    if (isConflict(state)) conflicts.push(field);
  }
  return { parcelId, projectId, values, clocks, heads: sorted, conflicts, updatedHlc };
}
