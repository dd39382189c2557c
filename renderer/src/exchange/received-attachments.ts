import { parseAttachmentMeta } from '../../../shared/photo/attachment-meta.ts';
import type { FieldOperation } from '../../../shared/survey/field-operation.ts';
import type { AttachmentRecord, ParcelDeskDatabase } from '../storage/database.ts';

/** Name and type of each attached file as the operations describe it. */
function attachmentInfo(ops: readonly FieldOperation[]): Map<string, { name: string; mimeType: string }> {
  const info = new Map<string, { name: string; mimeType: string }>();
  for (const op of ops) {
    const meta = parseAttachmentMeta(op.newValue);
    if (meta && op.field.endsWith(meta.sha256)) info.set(meta.sha256, { name: meta.name, mimeType: meta.mimeType });
  }
  return info;
}

/**
 * Records for files that came from another device (a package or the hub),
 * named and typed as the operations attaching them describe them.
 */
export function receivedAttachmentRecords(ops: readonly FieldOperation[], files: Iterable<readonly [string, Uint8Array]>): AttachmentRecord[] {
  const info = attachmentInfo(ops);
  const addedAt = new Date().toISOString();
  return [...files].map(([sha256, bytes]) => {
    const { name, mimeType } = info.get(sha256) ?? { name: sha256.slice(0, 12), mimeType: 'application/octet-stream' };
    return { sha256, blob: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mimeType }), mimeType, name, byteLength: bytes.length, addedAt };
  });
}

/** Stores the files this device does not hold yet (inside the caller's transaction); resolves with how many were new. */
export async function addNewAttachments(db: ParcelDeskDatabase, files: readonly AttachmentRecord[]): Promise<number> {
  const existing = await db.attachments.bulkGet(files.map((f) => f.sha256));
  const fresh = files.filter((_, i) => !existing[i]);
  await db.attachments.bulkAdd(fresh);
  return fresh.length;
}
