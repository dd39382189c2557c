import type { ReadPackage } from '../../shared/package/package-reader.ts';
import type { CompleteResponse } from '../../shared/sync/hub-protocol.ts';
import type { HubDatabase } from '../db/hub-database.ts';
import type { Principal } from './accounts-store.ts';

export interface VerifiedPush {
  readonly principal: Principal & { readonly deviceId: string };
  readonly uploadId: string;
  readonly byteLength: number;
  readonly sha256: string;
  readonly content: ReadPackage;
}

/**
 * Stores a verified package in one transaction: the package row, its
 * operations (county: the pushing user's; for city users the county already
 * recorded for the parcel) and its attachments; then drops the upload. A
 * package id seen before changes nothing. Pushes are serialized (table lock),
 * so operation sequence numbers are assigned in commit order and a pull cursor
 * never skips a row that commits later.
 */
export async function storePackage(db: HubDatabase, push: VerifiedPush): Promise<CompleteResponse> {
  const { manifest, operations, attachments } = push.content;
  const countyId = push.principal.countyId;
  return db.transaction(async (tx) => {
    await tx.query('LOCK TABLE operations IN SHARE ROW EXCLUSIVE MODE');
    const bbox = manifest.bboxLonLat;
    const inserted = await tx.query(
      `INSERT INTO packages (id, project_id, county_id, device_id, byte_length, sha256, manifest, operation_count, attachment_count,
         bbox_west, bbox_south, bbox_east, bbox_north)
       VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8, $9, $10, $11, $12, $13) ON CONFLICT (id) DO NOTHING RETURNING id`,
      [manifest.packageId, manifest.projectId, countyId, push.principal.deviceId, push.byteLength, push.sha256, JSON.stringify(manifest),
        operations.length, attachments.size, bbox?.[0] ?? null, bbox?.[1] ?? null, bbox?.[2] ?? null, bbox?.[3] ?? null],
    );
    if (inserted.length === 0) {
      await tx.query('DELETE FROM uploads WHERE id = $1', [push.uploadId]);
      return { status: 'alreadyStored', packageId: manifest.packageId, operations: 0, attachments: 0 };
    }
    const [added] = await tx.query<{ n: number }>(
      `WITH added AS (
         INSERT INTO operations (id, package_id, project_id, county_id, parcel_id, field, hlc, body)
         SELECT e->>'id', $2, e->>'projectId',
                COALESCE($3::text, (SELECT o.county_id FROM operations o
                                     WHERE o.project_id = e->>'projectId' AND o.parcel_id = e->>'parcelId' AND o.county_id IS NOT NULL
                                     ORDER BY o.seq LIMIT 1)),
                e->>'parcelId', e->>'field', e->>'hlc', e
           FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS t(e, n)
          ORDER BY n
         ON CONFLICT (id) DO NOTHING RETURNING 1)
       SELECT count(*)::int AS n FROM added`,
      [JSON.stringify(operations), manifest.packageId, countyId],
    );
    let newAttachments = 0;
    for (const [sha256, bytes] of attachments) {
      const fresh = await tx.query('INSERT INTO attachments (sha256, bytes, byte_length) VALUES ($1, $2, $3) ON CONFLICT (sha256) DO NOTHING RETURNING 1', [sha256, bytes, bytes.length]);
      newAttachments += fresh.length;
      await tx.query('INSERT INTO attachment_packages (sha256, package_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [sha256, manifest.packageId]);
    }
    await tx.query('DELETE FROM uploads WHERE id = $1', [push.uploadId]);
    return { status: 'stored', packageId: manifest.packageId, operations: added?.n ?? 0, attachments: newAttachments };
  });
}
