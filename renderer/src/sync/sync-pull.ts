import { attachedHashes } from '../../../shared/package/package-selection.ts';
import { HubError } from '../../../shared/sync/hub-client.ts';
import type { FieldOperation } from '../../../shared/survey/field-operation.ts';
import { addNewAttachments, receivedAttachmentRecords } from '../exchange/received-attachments.ts';
import type { AttachmentRecord, ParcelDeskDatabase } from '../storage/database.ts';
import { recordOperations } from '../storage/survey-store.ts';
import { addProgress, readProgress } from './sync-store.ts';
import type { SyncTransport } from './sync-transport.ts';

/** Operations per pull page. */
export const PULL_PAGE_SIZE = 1000;

export interface PullResult {
  /** Operations this device did not have, as stored (origin 'remote'). */
  readonly newOperations: FieldOperation[];
  readonly newAttachments: number;
}

/** Files the page attaches that this device lacks, fetched and checked against their hash; ones the hub lacks are left for a later pull. */
async function fetchMissingFiles(db: ParcelDeskDatabase, transport: SyncTransport, ops: readonly FieldOperation[]): Promise<AttachmentRecord[]> {
  const wanted = attachedHashes(ops);
  const held = await db.attachments.bulkGet(wanted);
  const fetched: [string, Uint8Array][] = [];
  for (const [i, sha256] of wanted.entries()) {
    if (held[i]) continue;
    try {
      fetched.push([sha256, await transport.fetchAttachment(sha256)]);
    } catch (error) {
      if (error instanceof HubError && error.code === 'notFound') continue;
      throw error;
    }
  }
  return receivedAttachmentRecords(ops, fetched);
}

/**
 * Pulls every page after the kept cursor. Each page is applied like an
 * imported package, in one transaction: its files (each checked against its
 * SHA-256), its operations through the field merge (origin 'remote', so they
 * never enter undo; conflicts kept), and the cursor, so an interruption
 * resumes at the first page not stored.
 */
export async function pullChanges(db: ParcelDeskDatabase, transport: SyncTransport, pageSize = PULL_PAGE_SIZE): Promise<PullResult> {
  let cursor = (await readProgress(db)).cursor;
  const newOperations: FieldOperation[] = [];
  let newAttachments = 0;
  for (;;) {
    const page = await transport.pullChanges(cursor, pageSize);
    const ops = page.operations.map((op): FieldOperation => ({ ...op, origin: 'remote' }));
    const files = await fetchMissingFiles(db, transport, ops);
    const stored = await db.transaction('rw', [db.operations, db.parcelEdits, db.settings, db.attachments], async () => {
      newAttachments += await addNewAttachments(db, files);
      const added = await recordOperations(db, ops);
      await addProgress(db, { cursor: page.nextCursor, onHub: ops.map((op) => op.id), verified: files.map((f) => f.sha256) });
      return added;
    });
    newOperations.push(...stored);
    cursor = page.nextCursor;
    if (!page.hasMore) return { newOperations, newAttachments };
  }
}
