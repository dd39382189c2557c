import type { AttachmentRecord, ParcelDeskDatabase } from '../storage/database.ts';

/**
 * Stores a file's bytes once under their SHA-256: a second copy of the same bytes
 * (another name, another parcel) keeps the first record. Resolves when stored.
 */
export async function storeAttachment(
  db: ParcelDeskDatabase, file: { readonly sha256: string; readonly bytes: Uint8Array; readonly name: string; readonly mimeType: string },
): Promise<void> {
  await db.transaction('rw', db.attachments, async () => {
    if (await db.attachments.get(file.sha256)) return;
    const record: AttachmentRecord = {
      sha256: file.sha256,
      blob: new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type: file.mimeType }),
      mimeType: file.mimeType,
      name: file.name,
      byteLength: file.bytes.byteLength,
      addedAt: new Date().toISOString(),
    };
    await db.attachments.add(record);
  });
}

/** A stored file's bytes as a Blob, or undefined when this device does not hold it. */
export async function loadAttachmentBlob(db: ParcelDeskDatabase, sha256: string): Promise<Blob | undefined> {
  return (await db.attachments.get(sha256))?.blob;
}
