import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { sha256Schema } from '../../shared/package/id-schemas.ts';
import { verifiedRequestSchema } from '../../shared/sync/hub-protocol.ts';
import type { HubDatabase } from '../db/hub-database.ts';
import { principalOf } from '../http/authenticate.ts';
import { parseInput } from '../http/parse-input.ts';
import { HubRequestError } from '../hub-request-error.ts';
import { attachmentBytes, attachmentLength, changesSince, packagesInBbox, verifiedAttachments } from '../store/changes-store.ts';

const gzipAsync = promisify(gzip);
const changesQuery = z.object({ since: z.string().max(20).default(''), limit: z.coerce.number().int().min(1).max(5000).default(1000) });
const shaParams = z.object({ sha256: sha256Schema });
const bboxQuery = z.object({
  bbox: z.string().transform((text) => text.split(',').map(Number)).pipe(z.tuple([z.number(), z.number(), z.number(), z.number()])),
});

/** Pull (operations, attachments, package list), each limited to the caller's scope. */
export function registerChangesRoutes(app: FastifyInstance, db: HubDatabase, postgis: boolean): void {
  app.get('/v1/changes', async (request, reply) => {
    const { since, limit } = parseInput(changesQuery, request.query, 'changes');
    const json = JSON.stringify(await changesSince(db, principalOf(request), since, limit));
    reply.header('content-type', 'application/json; charset=utf-8');
    // Operation logs compress about tenfold; every fetch (browser, Node, Electron) inflates gzip itself.
    if (json.length > 1024 && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
      return reply.header('content-encoding', 'gzip').send(await gzipAsync(json));
    }
    return reply.send(json);
  });

  // Out of scope and absent look the same: another county's photo hashes are not revealed.
  const missing = (sha256: string) => new HubRequestError(404, 'notFound', `no attachment ${sha256}`);

  app.get('/v1/attachments/:sha256', async (request, reply) => {
    const { sha256 } = parseInput(shaParams, request.params, 'attachment');
    const bytes = await attachmentBytes(db, principalOf(request), sha256);
    if (!bytes) throw missing(sha256);
    return reply.header('content-type', 'application/octet-stream').header('x-parceldesk-sha256', sha256)
      .header('x-parceldesk-verified', 'true').send(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  });

  app.head('/v1/attachments/:sha256', async (request, reply) => {
    const { sha256 } = parseInput(shaParams, request.params, 'attachment');
    const length = await attachmentLength(db, principalOf(request), sha256);
    if (length === undefined) throw missing(sha256);
    return reply.header('content-type', 'application/octet-stream').header('content-length', length)
      .header('x-parceldesk-sha256', sha256).header('x-parceldesk-verified', 'true').send();
  });

  app.post('/v1/attachments/verified', async (request) => {
    const { sha256 } = parseInput(verifiedRequestSchema, request.body, 'verified');
    return { verified: await verifiedAttachments(db, principalOf(request), sha256) };
  });

  app.get('/v1/packages', async (request) => {
    const { bbox } = parseInput(bboxQuery, request.query, 'packages');
    return { packages: await packagesInBbox(db, principalOf(request), bbox, postgis) };
  });
}
