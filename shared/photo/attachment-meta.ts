import type { FieldValue } from '../survey/field-value.ts';
import type { PhotoExif } from './exif-reader.ts';

/**
 * A parcel's photos and documents (一地一档) are fields of the parcel: the key is
 * `photo.<sha256>` or `document.<sha256>`, the value this record as JSON (null once
 * removed). The file itself is stored once by its SHA-256, whatever refers to it.
 */
export type AttachmentKind = 'photo' | 'document';

export interface AttachmentMeta {
  /** The file name as added (no folders). */
  readonly name: string;
  /** Capture time from Exif or the camera, 'YYYY-MM-DDTHH:MM:SS[±HH:MM]'; null for documents and unknown. */
  readonly takenAt: string | null;
  /** Where the photo was taken, degrees (GPS WGS84, used as CGCS2000); null when unknown. */
  readonly lon: number | null;
  readonly lat: number | null;
  /** Camera direction, degrees clockwise from north; null when unknown. */
  readonly directionDegrees: number | null;
  /** Which north the direction is measured from; null when unknown or not recorded. */
  readonly directionReference: 'true' | 'magnetic' | null;
  /** Lower-case hex digest of the file's bytes: its key in storage. */
  readonly sha256: string;
  readonly byteLength: number;
  readonly mimeType: string;
}

/** One attachment field of a parcel with its record. */
export interface ParcelAttachment {
  readonly field: string;
  /** The stored JSON text, needed as `oldValue` when the attachment is removed. */
  readonly value: string;
  readonly meta: AttachmentMeta;
}

/** The field key that links an attachment of `kind` to a parcel. */
export function attachmentField(kind: AttachmentKind, sha256: string): string {
  return `${kind}.${sha256}`;
}

/** The record as field value: JSON with a fixed key order, so the same record is always the same text. */
export function serializeAttachmentMeta(meta: AttachmentMeta): string {
  const { name, takenAt, lon, lat, directionDegrees, directionReference, sha256, byteLength, mimeType } = meta;
  return JSON.stringify({ name, takenAt, lon, lat, directionDegrees, directionReference, sha256, byteLength, mimeType });
}

const numberOrNull = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const stringOrNull = (v: unknown) => (typeof v === 'string' ? v : null);

/** Reads a field value back into a record; undefined for null (removed) or values that are not a record. */
export function parseAttachmentMeta(value: FieldValue | undefined): AttachmentMeta | undefined {
  if (typeof value !== 'string') return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(value);
  } catch {
    return undefined;
  }
  if (typeof raw !== 'object' || raw === null) return undefined;
  const r = raw as Record<string, unknown>;
  if (typeof r.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(r.sha256)) return undefined;
  return {
    name: stringOrNull(r.name) ?? r.sha256.slice(0, 12),
    takenAt: stringOrNull(r.takenAt),
    lon: numberOrNull(r.lon),
    lat: numberOrNull(r.lat),
    directionDegrees: numberOrNull(r.directionDegrees),
    directionReference: r.directionReference === 'true' || r.directionReference === 'magnetic' ? r.directionReference : null,
    sha256: r.sha256,
    byteLength: numberOrNull(r.byteLength) ?? 0,
    mimeType: stringOrNull(r.mimeType) ?? 'application/octet-stream',
  };
}

/**
 * A parcel's current attachments of one kind, in the order they were added
 * (by the clock stamp of the operation that set each field; `clocks` as in ParcelEdits).
 */
export function parcelAttachments(
  values: Readonly<Record<string, FieldValue>>, clocks: Readonly<Record<string, string>>, kind: AttachmentKind,
): ParcelAttachment[] {
  const prefix = `${kind}.`;
  const out: (ParcelAttachment & { clock: string })[] = [];
  for (const field in values) {
    if (!field.startsWith(prefix)) continue;
    const value = values[field];
    const meta = parseAttachmentMeta(value);
    if (meta && typeof value === 'string') out.push({ field, value, meta, clock: clocks[field] ?? '' });
  }
  out.sort((a, b) => (a.clock < b.clock ? -1 : a.clock > b.clock ? 1 : a.field < b.field ? -1 : 1));
  return out.map(({ field, value, meta }) => ({ field, value, meta }));
}

/** The record of a file given its digest and what its Exif says (NO_EXIF for documents). */
export function attachmentMeta(
  file: { readonly name: string; readonly sha256: string; readonly byteLength: number; readonly mimeType: string },
  exif: PhotoExif,
): AttachmentMeta {
  return {
    name: file.name, takenAt: exif.takenAt, lon: exif.lonLat?.[0] ?? null, lat: exif.lonLat?.[1] ?? null,
    directionDegrees: exif.directionDegrees, directionReference: exif.directionReference,
    sha256: file.sha256, byteLength: file.byteLength, mimeType: file.mimeType,
  };
}
