import { attachmentField, attachmentMeta, parseAttachmentMeta, serializeAttachmentMeta, type AttachmentKind, type AttachmentMeta, type ParcelAttachment } from '../../../shared/photo/attachment-meta.ts';
import { readJpegExif, NO_EXIF, type PhotoExif } from '../../../shared/photo/exif-reader.ts';
import { baseName, detectMimeType } from '../../../shared/photo/file-type.ts';
import { sha256Hex } from '../../../shared/encoding/sha256.ts';
import type { ParcelDeskDatabase } from '../storage/database.ts';
import type { EditSession, FieldChange } from '../survey/edit-session.ts';
import { storeAttachment } from './attachment-store.ts';

/** A file read and described, ready to be stored and linked to a parcel. */
export interface PreparedAttachment {
  readonly kind: AttachmentKind;
  readonly meta: AttachmentMeta;
  readonly bytes: Uint8Array;
}

/**
 * Reads a picked, dropped or captured file: its SHA-256 (Web Crypto, via
 * shared/encoding/sha256.ts, the one digest the app uses; it runs natively and
 * takes a 10 MB photo in milliseconds), its type from its first bytes, and for
 * JPEG photos the Exif time, position and direction. `exifOverride` supplies
 * what a camera frame has no Exif for (its capture time).
 */
export async function prepareAttachment(
  blob: Blob, name: string, kind: AttachmentKind, exifOverride?: Partial<PhotoExif>,
): Promise<PreparedAttachment> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  const mimeType = detectMimeType(bytes.subarray(0, 16), name, blob.type);
  const exif = kind === 'photo' && mimeType === 'image/jpeg' ? readJpegExif(bytes) : NO_EXIF;
  const sha256 = await sha256Hex(bytes);
  const meta = attachmentMeta({ name: baseName(name), sha256, byteLength: bytes.byteLength, mimeType }, { ...exif, ...exifOverride });
  return { kind, meta, bytes };
}

/**
 * Stores the files (each once, by digest) and links them to the parcel in one
 * edit (one undo step): `photo.<sha256>` / `document.<sha256>` = the record as JSON.
 * Files the parcel already holds with the same record are left out. Returns how
 * many links were added or changed.
 */
export async function attachToParcel(
  db: ParcelDeskDatabase, session: EditSession, parcelId: string, files: readonly PreparedAttachment[],
): Promise<number> {
  const current = (await db.parcelEdits.get(parcelId))?.values ?? {};
  const changes = new Map<string, FieldChange>();
  for (const file of files) {
    const field = attachmentField(file.kind, file.meta.sha256);
    const newValue = serializeAttachmentMeta(file.meta);
    const oldValue = current[field] ?? null;
    if (oldValue === newValue || changes.has(field)) continue;
    // A file already linked keeps its record (e.g. the name it was first added under).
    if (parseAttachmentMeta(oldValue)) continue;
    await storeAttachment(db, { sha256: file.meta.sha256, bytes: file.bytes, name: file.meta.name, mimeType: file.meta.mimeType });
    changes.set(field, { field, oldValue, newValue });
  }
  if (changes.size > 0) await session.edit(parcelId, [...changes.values()]);
  return changes.size;
}

/** Unlinks an attachment from the parcel (the stored file and the history stay). */
export async function removeFromParcel(session: EditSession, parcelId: string, attachment: ParcelAttachment): Promise<void> {
  await session.edit(parcelId, [{ field: attachment.field, oldValue: attachment.value, newValue: null }]);
}
