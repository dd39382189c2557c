import { randomUUID } from 'node:crypto';
import type { UploadCreateRequest, UploadCreateResponse, UploadStatus } from '../../shared/sync/hub-protocol.ts';
import type { HubDatabase, SqlRunner } from '../db/hub-database.ts';
import { HubRequestError } from '../hub-request-error.ts';

interface UploadRow {
  id: string;
  package_id: string;
  size: number;
  sha256: string;
  received: number;
}

const SELECT_UPLOAD = 'SELECT id, package_id, size::float8 AS size, sha256, received::float8 AS received FROM uploads';

/** An upload nobody added to for this long is dropped: a device offline for weeks still resumes. */
export const UPLOAD_IDLE_DAYS = 90;

const status = (row: UploadRow): UploadStatus => ({ uploadId: row.id, packageId: row.package_id, size: row.size, received: row.received });

/**
 * Opens an upload of a package for a device, or returns the one this device
 * left unfinished for the same bytes (so a push resumes), or says the package
 * is stored already. Drops uploads idle for UPLOAD_IDLE_DAYS on the way.
 */
export async function openUpload(db: HubDatabase, deviceId: string, request: UploadCreateRequest, maxBytes: number): Promise<UploadCreateResponse> {
  if (request.size > maxBytes) throw new HubRequestError(413, 'tooLarge', `package of ${request.size} bytes; the hub takes at most ${maxBytes}`);
  return db.transaction(async (tx) => {
    await tx.query('DELETE FROM uploads WHERE updated_at < now() - make_interval(days => $1)', [UPLOAD_IDLE_DAYS]);
    if ((await tx.query('SELECT 1 FROM packages WHERE id = $1', [request.packageId])).length > 0) {
      return { status: 'stored', packageId: request.packageId } as const;
    }
    const existing = (await tx.query<UploadRow>(`${SELECT_UPLOAD} WHERE device_id = $1 AND package_id = $2 FOR UPDATE`, [deviceId, request.packageId]))[0];
    if (existing && existing.size === request.size && existing.sha256 === request.sha256) return { status: 'open', ...status(existing) } as const;
    // Same package id, other bytes: the earlier attempt is of no use.
    if (existing) await tx.query('DELETE FROM uploads WHERE id = $1', [existing.id]);
    const id = randomUUID();
    await tx.query('INSERT INTO uploads (id, package_id, device_id, size, sha256) VALUES ($1, $2, $3, $4, $5)', [id, request.packageId, deviceId, request.size, request.sha256]);
    return { status: 'open', uploadId: id, packageId: request.packageId, size: request.size, received: 0 } as const;
  });
}

async function uploadOf(db: SqlRunner, deviceId: string, uploadId: string, lock = false): Promise<UploadRow> {
  const row = (await db.query<UploadRow>(`${SELECT_UPLOAD} WHERE id = $1 AND device_id = $2${lock ? ' FOR UPDATE' : ''}`, [uploadId, deviceId]))[0];
  if (!row) throw new HubRequestError(404, 'notFound', `no open upload ${uploadId} of this device`);
  return row;
}

/** An upload's state; only the device that opened it sees it. */
export async function uploadStatus(db: SqlRunner, deviceId: string, uploadId: string): Promise<UploadStatus> {
  return status(await uploadOf(db, deviceId, uploadId));
}

/** Stores the chunk that starts at the received offset (409 offsetMismatch with the offset otherwise). */
export async function appendChunk(db: HubDatabase, deviceId: string, uploadId: string, offset: number, bytes: Uint8Array): Promise<UploadStatus> {
  return db.transaction(async (tx) => {
    const row = await uploadOf(tx, deviceId, uploadId, true);
    if (offset !== row.received) {
      throw new HubRequestError(409, 'offsetMismatch', `the upload continues at byte ${row.received}, not ${offset}`, { received: row.received });
    }
    if (bytes.length === 0 || offset + bytes.length > row.size) {
      throw new HubRequestError(400, 'uploadMismatch', `a chunk of ${bytes.length} bytes at ${offset} does not fit a package of ${row.size}`);
    }
    await tx.query('INSERT INTO upload_chunks (upload_id, start, bytes) VALUES ($1, $2, $3)', [uploadId, offset, bytes]);
    await tx.query('UPDATE uploads SET received = $2, updated_at = now() WHERE id = $1', [uploadId, offset + bytes.length]);
    return { ...status(row), received: offset + bytes.length };
  });
}

/** A complete upload's bytes, in order; 409 when bytes are still missing. */
export async function assembleUpload(db: SqlRunner, deviceId: string, uploadId: string): Promise<{ readonly upload: UploadStatus & { sha256: string }; readonly bytes: Uint8Array }> {
  const row = await uploadOf(db, deviceId, uploadId);
  if (row.received !== row.size) throw new HubRequestError(409, 'uploadMismatch', `upload incomplete: ${row.received} of ${row.size} bytes`, { received: row.received });
  const chunks = await db.query<{ start: number; bytes: Uint8Array }>('SELECT start::float8 AS start, bytes FROM upload_chunks WHERE upload_id = $1 ORDER BY start', [uploadId]);
  const bytes = new Uint8Array(row.size);
  let at = 0;
  for (const chunk of chunks) {
    if (chunk.start !== at) throw new HubRequestError(409, 'uploadMismatch', `upload has a gap at byte ${at}`);
    bytes.set(chunk.bytes, at);
    at += chunk.bytes.length;
  }
  return { upload: { ...status(row), sha256: row.sha256 }, bytes };
}

/** Drops an upload and its chunks. */
export async function deleteUpload(db: SqlRunner, uploadId: string): Promise<void> {
  await db.query('DELETE FROM uploads WHERE id = $1', [uploadId]);
}
