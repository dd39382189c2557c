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

/** A parcel's edited fields with the clock stamp of the operation that set each. */
export interface ParcelEdits {
  readonly parcelId: string;
  readonly projectId: string;
  readonly values: Readonly<Record<string, FieldValue>>;
  readonly clocks: Readonly<Record<string, string>>;
  /** The newest operation's stamp. */
  readonly updatedHlc: string;
}

/**
 * Applies operations to a parcel's edits: per field the operation with the
 * highest clock wins (last-writer-wins; the sync issue adds conflict detection
 * on top). Order of `operations` does not matter; the input is not changed.
 */
export function applyOperations(edits: ParcelEdits | undefined, operations: readonly FieldOperation[], parcelId: string, projectId: string): ParcelEdits {
  const values: Record<string, FieldValue> = { ...edits?.values };
  const clocks: Record<string, string> = { ...edits?.clocks };
  let updatedHlc = edits?.updatedHlc ?? '';
  for (const op of operations) {
    if (op.parcelId !== parcelId) throw new Error(`operation ${op.id} is for parcel ${op.parcelId}, not ${parcelId}`);
    const current = clocks[op.field];
    if (current === undefined || op.hlc > current) {
      values[op.field] = op.newValue;
      clocks[op.field] = op.hlc;
    }
    if (op.hlc > updatedHlc) updatedHlc = op.hlc;
  }
  return { parcelId, projectId, values, clocks, updatedHlc };
}
