import type { FieldOperation } from '../../shared/survey/field-operation.ts';
import type { ChangesPage, PackageSummary } from '../../shared/sync/hub-protocol.ts';
import type { SqlRunner } from '../db/hub-database.ts';
import { HubRequestError } from '../hub-request-error.ts';
import type { Principal } from './accounts-store.ts';
import { readScope } from './scope.ts';

/** Cursor text: the last sequence number returned ('' = from the beginning). */
function cursorValue(since: string): string {
  if (since === '') return '0';
  if (!/^\d{1,18}$/.test(since)) throw new HubRequestError(400, 'badRequest', `not a cursor: ${since}`);
  return since;
}

/** Operations after `since` in sequence order within the principal's scope, at most `limit`. */
export async function changesSince(db: SqlRunner, principal: Principal, since: string, limit: number): Promise<ChangesPage> {
  const scope = readScope(principal);
  const params: unknown[] = [cursorValue(since), limit + 1];
  const where = scope.all ? 'seq > $1::bigint' : 'seq > $1::bigint AND county_id = $3';
  if (!scope.all) params.push(scope.countyId);
  const rows = await db.query<{ cursor: string; body: FieldOperation }>(`SELECT seq::text AS cursor, body FROM operations WHERE ${where} ORDER BY operations.seq LIMIT $2`, params);
  const page = rows.slice(0, limit);
  return { operations: page.map((r) => r.body), nextCursor: page.at(-1)?.cursor ?? (since === '' ? '0' : since), hasMore: rows.length > limit };
}

const ATTACHMENT_IN_SCOPE = `EXISTS (SELECT 1 FROM attachment_packages ap JOIN packages p ON p.id = ap.package_id
                                      WHERE ap.sha256 = a.sha256 AND p.county_id = $2)`;

/** An attachment's bytes when it is on the hub and within scope. */
export async function attachmentBytes(db: SqlRunner, principal: Principal, sha256: string): Promise<Uint8Array | undefined> {
  const scope = readScope(principal);
  const rows = scope.all
    ? await db.query<{ bytes: Uint8Array }>('SELECT a.bytes FROM attachments a WHERE a.sha256 = $1', [sha256])
    : await db.query<{ bytes: Uint8Array }>(`SELECT a.bytes FROM attachments a WHERE a.sha256 = $1 AND ${ATTACHMENT_IN_SCOPE}`, [sha256, scope.countyId]);
  return rows[0]?.bytes;
}

/** An attachment's size in bytes when it is on the hub and within scope (for HEAD, without reading it). */
export async function attachmentLength(db: SqlRunner, principal: Principal, sha256: string): Promise<number | undefined> {
  const scope = readScope(principal);
  const rows = scope.all
    ? await db.query<{ n: number }>('SELECT a.byte_length::float8 AS n FROM attachments a WHERE a.sha256 = $1', [sha256])
    : await db.query<{ n: number }>(`SELECT a.byte_length::float8 AS n FROM attachments a WHERE a.sha256 = $1 AND ${ATTACHMENT_IN_SCOPE}`, [sha256, scope.countyId]);
  return rows[0]?.n;
}

/** Which of these attachments the hub holds (each verified against its hash when it arrived), within scope. */
export async function verifiedAttachments(db: SqlRunner, principal: Principal, sha256s: readonly string[]): Promise<string[]> {
  if (sha256s.length === 0) return [];
  const scope = readScope(principal);
  const rows = scope.all
    ? await db.query<{ sha256: string }>('SELECT a.sha256 FROM attachments a WHERE a.sha256 = ANY($1::text[])', [sha256s])
    : await db.query<{ sha256: string }>(`SELECT a.sha256 FROM attachments a WHERE a.sha256 = ANY($1::text[]) AND ${ATTACHMENT_IN_SCOPE}`, [sha256s, scope.countyId]);
  return rows.map((r) => r.sha256).sort();
}

/**
 * Packages within scope whose bbox meets [west, south, east, north] (degrees,
 * CGCS2000): with PostGIS through the GiST-indexed envelope, else by comparing the numbers.
 */
export async function packagesInBbox(db: SqlRunner, principal: Principal, bbox: readonly [number, number, number, number], postgis: boolean): Promise<PackageSummary[]> {
  const scope = readScope(principal);
  const meets = postgis
    ? 'p.bbox_geom && ST_MakeEnvelope($1, $2, $3, $4, 4490)'
    : 'p.bbox_west <= $3 AND p.bbox_east >= $1 AND p.bbox_south <= $4 AND p.bbox_north >= $2';
  const params: unknown[] = [...bbox];
  if (!scope.all) params.push(scope.countyId);
  const rows = await db.query<{ id: string; project_id: string; county_id: string | null; device_id: string; operation_count: number; attachment_count: number; w: number; s: number; e: number; n: number }>(
    `SELECT p.id, p.project_id, p.county_id, p.device_id, p.operation_count, p.attachment_count,
            p.bbox_west AS w, p.bbox_south AS s, p.bbox_east AS e, p.bbox_north AS n
       FROM packages p WHERE ${meets}${scope.all ? '' : ' AND p.county_id = $5'} ORDER BY p.received_at, p.id`,
    params,
  );
  return rows.map((r) => ({
    packageId: r.id, projectId: r.project_id, countyId: r.county_id, device: r.device_id,
    operations: r.operation_count, attachments: r.attachment_count, bboxLonLat: [r.w, r.s, r.e, r.n],
  }));
}
