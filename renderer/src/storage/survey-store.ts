import { applyOperations, type FieldOperation, type ParcelEdits } from '../../../shared/survey/field-operation.ts';
import type { ParcelDeskDatabase } from './database.ts';

/**
 * Stores operations and updates each touched parcel's edited values in one
 * transaction: after a crash either both are there or neither. Operations
 * already stored (same id) are skipped, so storing the same ones twice changes
 * nothing. Local operations without a base get the clock of the value they
 * replace. Returns the operations that were new, as stored.
 */
export async function recordOperations(db: ParcelDeskDatabase, operations: readonly FieldOperation[], settings: readonly { key: string; value: unknown }[] = []): Promise<FieldOperation[]> {
  return db.transaction('rw', [db.operations, db.parcelEdits, db.settings], async () => {
    const existing = await db.operations.bulkGet(operations.map((op) => op.id));
    const incoming = operations.filter((_, i) => existing[i] === undefined);
    const parcelIds = [...new Set(incoming.map((op) => op.parcelId))];
    const previous = await db.parcelEdits.bulkGet(parcelIds);
    const clocks = new Map(parcelIds.map((id, i) => [id, { ...previous[i]?.clocks }]));
    const fresh = incoming.map((op) => {
      const parcelClocks = clocks.get(op.parcelId) as Record<string, string>;
      const stored = op.baseHlc === undefined && op.origin === 'local' ? { ...op, baseHlc: parcelClocks[op.field] ?? '' } : op;
      parcelClocks[op.field] = op.hlc;
      return stored;
    });
    const byParcel = new Map<string, FieldOperation[]>(parcelIds.map((id) => [id, []]));
    for (const op of fresh) byParcel.get(op.parcelId)?.push(op);
    const updated = [...byParcel].map(([parcelId, ops], i) => applyOperations(previous[i], ops, parcelId, (ops[0] as FieldOperation).projectId));
    await db.operations.bulkAdd(fresh);
    await db.parcelEdits.bulkPut(updated);
    if (settings.length > 0) await db.settings.bulkPut([...settings]);
    return fresh;
  });
}

/** Every edited parcel of a project, by parcel id. */
export async function loadProjectEdits(db: ParcelDeskDatabase, projectId: string): Promise<Map<string, ParcelEdits>> {
  const edits = await db.parcelEdits.where('projectId').equals(projectId).toArray();
  return new Map(edits.map((e) => [e.parcelId, e]));
}

/** One parcel's edits, or undefined when it was never edited. */
export async function loadParcelEdits(db: ParcelDeskDatabase, parcelId: string): Promise<ParcelEdits | undefined> {
  return db.parcelEdits.get(parcelId);
}

/** A parcel's history, newest first. */
export async function parcelHistory(db: ParcelDeskDatabase, projectId: string, parcelId: string): Promise<FieldOperation[]> {
  const ops = await db.operations.where('[projectId+parcelId]').equals([projectId, parcelId]).toArray();
  return ops.sort((a, b) => (a.hlc < b.hlc ? 1 : a.hlc > b.hlc ? -1 : 0));
}
