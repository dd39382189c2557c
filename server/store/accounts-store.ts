import { randomUUID } from 'node:crypto';
import type { EnrollRequest, EnrollResponse, HubRole } from '../../shared/sync/hub-protocol.ts';
import { hashSecret, newEnrollmentCode, newToken, normalizeEnrollmentCode } from '../auth/secrets.ts';
import type { SqlRunner } from '../db/hub-database.ts';
import { HubRequestError } from '../hub-request-error.ts';

/** Who is calling: a user, and the device when the token is a device's. */
export interface Principal {
  readonly userId: string;
  readonly userName: string;
  readonly role: HubRole;
  /** null for city users (they see every county). */
  readonly countyId: string | null;
  readonly deviceId: string | null;
  readonly devicePublicKey: string | null;
}

/** Adds a project. */
export async function createProject(db: SqlRunner, input: { id?: string; name: string }) {
  const id = input.id ?? randomUUID();
  await db.query('INSERT INTO projects (id, name) VALUES ($1, $2)', [id, input.name]);
  return { id, name: input.name };
}

/** Adds a county to a project. */
export async function createCounty(db: SqlRunner, input: { id?: string; projectId: string; name: string }) {
  const id = input.id ?? randomUUID();
  await db.query('INSERT INTO counties (id, project_id, name) VALUES ($1, $2, $3)', [id, input.projectId, input.name]);
  return { id, projectId: input.projectId, name: input.name };
}

/** Adds a user (surveyors and county reviewers need a county, city users have none) and issues the user's token. */
export async function createUser(db: SqlRunner, input: { id?: string; name: string; role: HubRole; countyId?: string | null }) {
  const id = input.id ?? randomUUID();
  const countyId = input.role === 'city' ? null : input.countyId ?? null;
  if (input.role !== 'city' && !countyId) throw new HubRequestError(400, 'badRequest', `a ${input.role} needs a county`);
  await db.query('INSERT INTO users (id, name, role, county_id) VALUES ($1, $2, $3, $4)', [id, input.name, input.role, countyId]);
  const token = newToken('usr');
  await db.query('INSERT INTO tokens (token_hash, user_id) VALUES ($1, $2)', [hashSecret(token), id]);
  return { id, name: input.name, role: input.role, countyId, token };
}

/** Issues a one-time enrollment code for one of a user's devices, valid `ttlHours`. */
export async function createEnrollmentCode(db: SqlRunner, input: { userId: string; ttlHours?: number }) {
  const code = newEnrollmentCode();
  const rows = await db.query<{ expires_at: string }>(
    "INSERT INTO enrollment_codes (code_hash, user_id, expires_at) VALUES ($1, $2, now() + make_interval(hours => $3)) RETURNING expires_at::text",
    [hashSecret(normalizeEnrollmentCode(code)), input.userId, input.ttlHours ?? 72],
  );
  return { code, userId: input.userId, expiresAt: new Date(rows[0]!.expires_at).toISOString() };
}

/**
 * Enrolls a device with a one-time code: uses up the code, registers the
 * device's Ed25519 public key and returns its token. Run it in a transaction so
 * a refused device leaves the code unused.
 */
export async function enrollDevice(tx: SqlRunner, code: string, request: EnrollRequest): Promise<EnrollResponse> {
  const used = await tx.query<{ user_id: string }>(
    'UPDATE enrollment_codes SET used_at = now(), used_by_device = $2 WHERE code_hash = $1 AND used_at IS NULL AND expires_at > now() RETURNING user_id',
    [hashSecret(normalizeEnrollmentCode(code)), request.device],
  );
  const userId = used[0]?.user_id;
  if (!userId) throw new HubRequestError(401, 'unauthorized', 'enrollment code unknown, used or expired');
  const existing = await tx.query('SELECT 1 FROM devices WHERE id = $1', [request.device]);
  if (existing.length > 0) throw new HubRequestError(409, 'deviceExists', `device ${request.device} is enrolled already`);
  await tx.query('INSERT INTO devices (id, name, public_key, user_id) VALUES ($1, $2, $3, $4)', [request.device, request.deviceName, request.publicKey, userId]);
  const token = newToken('dev');
  await tx.query('INSERT INTO tokens (token_hash, user_id, device_id) VALUES ($1, $2, $3)', [hashSecret(token), userId, request.device]);
  const user = (await tx.query<{ id: string; name: string; role: HubRole; county_id: string | null }>(
    'SELECT id, name, role, county_id FROM users WHERE id = $1', [userId],
  ))[0]!;
  return { token, device: request.device, user: { id: user.id, name: user.name, role: user.role, countyId: user.county_id } };
}

/** Revokes every token of a device (lost or stolen): it gets 401 from now on; its pushed data stays. Returns how many tokens. */
export async function revokeDevice(db: SqlRunner, deviceId: string) {
  const rows = await db.query('UPDATE tokens SET revoked_at = now() WHERE device_id = $1 AND revoked_at IS NULL RETURNING 1', [deviceId]);
  if (rows.length === 0 && (await db.query('SELECT 1 FROM devices WHERE id = $1', [deviceId])).length === 0) {
    throw new HubRequestError(404, 'notFound', `no device ${deviceId}`);
  }
  return { device: deviceId, revokedTokens: rows.length };
}

/** The principal behind a bearer token; undefined for an unknown or revoked token. */
export async function principalForToken(db: SqlRunner, token: string): Promise<Principal | undefined> {
  const rows = await db.query<{ user_id: string; name: string; role: HubRole; county_id: string | null; device_id: string | null; public_key: string | null }>(
    `SELECT u.id AS user_id, u.name, u.role, u.county_id, d.id AS device_id, d.public_key
       FROM tokens t JOIN users u ON u.id = t.user_id LEFT JOIN devices d ON d.id = t.device_id
      WHERE t.token_hash = $1 AND t.revoked_at IS NULL`,
    [hashSecret(token)],
  );
  const row = rows[0];
  if (!row) return undefined;
  return { userId: row.user_id, userName: row.name, role: row.role, countyId: row.county_id, deviceId: row.device_id, devicePublicKey: row.public_key };
}
