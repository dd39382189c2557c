import { applyOperations, type FieldOperation, type ParcelEdits } from '../../../shared/survey/field-operation.ts';
import type { ParcelDeskDatabase } from './database.ts';

/** A local operation as stored: based on the field's newest head, settling every head when there are several. */
function withBase(op: FieldOperation, edits: ParcelEdits | undefined): FieldOperation {
  if (op.baseHlc !== undefined || op.origin !== 'local') return op;
  const heads = edits?.heads?.[op.field]?.heads ?? [];
  const baseHlc = heads.at(-1)?.hlc ?? '';
  if (heads.length < 2 || op.resolves) return { ...op, baseHlc };
  return { ...op, baseHlc, resolves: heads.map((h) => h.hlc) };
}

/**
 * Stores operations and updates each touched parcel's edits (the field merge
 * of shared/survey/field-operation.ts) in one transaction: after a crash either
 * both are there or neither. Operations already stored (same id) are skipped, so
 * storing the same ones twice changes nothing. A local operation without a base
 * gets the clock of the value it replaces; typed over a conflict it settles it.
 * Runs inside the caller's transaction when there is one. Returns the operations
 * that were new, as stored.
 */
export async function recordOperations(db: ParcelDeskDatabase, operations: readonly FieldOperation[], settings: readonly { key: string; value: unknown }[] = []): Promise<FieldOperation[]> {
  return db.transaction('rw', [db.operations, db.parcelEdits, db.settings], async () => {
    const existing = await db.operations.bulkGet(operations.map((op) => op.id));
    const seen = new Set<string>();
    const incoming = operations.filter((op, i) => existing[i] === undefined && !seen.has(op.id) && seen.add(op.id));
    const parcelIds = [...new Set(incoming.map((op) => op.parcelId))];
    const previous = await db.parcelEdits.bulkGet(parcelIds);
    const current = new Map<string, ParcelEdits | undefined>();
    for (const [i, parcelId] of parcelIds.entries()) {
      // Only old records need a query; awaiting nothing for the rest keeps a large batch in one transaction.
      const edits = previous[i];
      current.set(parcelId, edits && !edits.heads ? await withHeads(db, edits) : edits);
    }
    // Operations wait per parcel until a local one needs the merged state for its base.
    const pending = new Map<string, FieldOperation[]>();
    const flush = (parcelId: string, projectId: string) => {
      const ops = pending.get(parcelId);
      if (ops?.length) current.set(parcelId, applyOperations(current.get(parcelId), ops, parcelId, projectId));
      pending.set(parcelId, []);
    };
    const fresh = incoming.map((op) => {
      if (op.origin === 'local' && op.baseHlc === undefined) flush(op.parcelId, op.projectId);
      const stored = withBase(op, current.get(op.parcelId));
      const queue = pending.get(op.parcelId);
      if (queue) queue.push(stored);
      else pending.set(op.parcelId, [stored]);
      return stored;
    });
    for (const op of fresh) flush(op.parcelId, op.projectId);
    await db.operations.bulkAdd(fresh);
    await db.parcelEdits.bulkPut([...current.values()].filter((e) => e !== undefined));
    if (settings.length > 0) await db.settings.bulkPut([...settings]);
    return fresh;
  });
}

/** Edits stored before the merge kept heads are rebuilt from the parcel's operations. */
async function withHeads(db: ParcelDeskDatabase, edits: ParcelEdits | undefined): Promise<ParcelEdits | undefined> {
  if (!edits || edits.heads) return edits;
  const ops = await db.operations.where('[projectId+parcelId]').equals([edits.projectId, edits.parcelId]).toArray();
  return applyOperations(undefined, ops, edits.parcelId, edits.projectId);
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
