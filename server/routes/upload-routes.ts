import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { readPackage } from '../../shared/package/package-reader.ts';
import { HUB_MAX_CHUNK_BYTES, uploadCreateRequestSchema } from '../../shared/sync/hub-protocol.ts';
import type { HubDatabase } from '../db/hub-database.ts';
import { deviceOf } from '../http/authenticate.ts';
import { parseInput } from '../http/parse-input.ts';
import { HubRequestError } from '../hub-request-error.ts';
import { storePackage } from '../store/package-store.ts';
import { appendChunk, assembleUpload, deleteUpload, openUpload, uploadStatus } from '../store/upload-store.ts';

const uploadParams = z.object({ id: z.string().uuid() });
const chunkParams = uploadParams.extend({ offset: z.coerce.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER) });

/**
 * Chunked, resumable package push. Complete verifies the whole package
 * (checksums, sizes, schemas, and a signature by the pushing device's enrolled
 * key) before storing anything; a refused package leaves nothing behind.
 */
export function registerUploadRoutes(app: FastifyInstance, db: HubDatabase, maxPackageBytes: number): void {
  app.addContentTypeParser('application/octet-stream', { parseAs: 'buffer', bodyLimit: HUB_MAX_CHUNK_BYTES }, (_request, body, done) => done(null, body));

  app.post('/v1/uploads', async (request) => {
    const device = deviceOf(request);
    return openUpload(db, device.deviceId, parseInput(uploadCreateRequestSchema, request.body, 'upload'), maxPackageBytes);
  });

  app.get('/v1/uploads/:id', async (request) => {
    const { id } = parseInput(uploadParams, request.params, 'upload');
    return uploadStatus(db, deviceOf(request).deviceId, id);
  });

  app.put('/v1/uploads/:id/chunks/:offset', async (request) => {
    const { id, offset } = parseInput(chunkParams, request.params, 'chunk');
    if (!(request.body instanceof Uint8Array)) throw new HubRequestError(400, 'badRequest', 'a chunk is sent as application/octet-stream');
    return appendChunk(db, deviceOf(request).deviceId, id, offset, request.body);
  });

  app.post('/v1/uploads/:id/complete', async (request, reply) => {
    const { id } = parseInput(uploadParams, request.params, 'upload');
    const device = deviceOf(request);
    const { upload, bytes } = await assembleUpload(db, device.deviceId, id);
    const refuse = async (error: HubRequestError) => {
      await deleteUpload(db, id);
      request.log.warn({ upload: id, packageId: upload.packageId, reason: error.message }, 'package refused');
      throw error;
    };
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    if (sha256 !== upload.sha256) return refuse(new HubRequestError(422, 'uploadMismatch', `received bytes hash to ${sha256}, announced ${upload.sha256}`));
    const result = await readPackage(bytes, {
      isTrustedKey: (producer, key) => producer === device.deviceId && key === device.devicePublicKey,
    });
    if (!result.ok) {
      return refuse(new HubRequestError(422, 'badPackage', `${result.problem.code}: ${result.problem.detail}`, { problem: result.problem }));
    }
    if (result.value.manifest.packageId !== upload.packageId) {
      return refuse(new HubRequestError(422, 'uploadMismatch', `the package is ${result.value.manifest.packageId}, announced ${upload.packageId}`));
    }
    const stored = await storePackage(db, { principal: device, uploadId: id, byteLength: bytes.length, sha256, content: result.value });
    request.log.info({ packageId: stored.packageId, status: stored.status, operations: stored.operations }, 'package pushed');
    return reply.status(stored.status === 'stored' ? 201 : 200).send(stored);
  });
}
