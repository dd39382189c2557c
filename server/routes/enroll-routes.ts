import type { FastifyInstance } from 'fastify';
import { enrollRequestSchema, HUB_PROTOCOL_VERSION, type HealthResponse } from '../../shared/sync/hub-protocol.ts';
import type { HubDatabase } from '../db/hub-database.ts';
import { credentialOf } from '../http/authenticate.ts';
import { parseInput } from '../http/parse-input.ts';
import { enrollDevice } from '../store/accounts-store.ts';

/** GET /v1/health (open) and POST /v1/enroll (bearer: one-time enrollment code). */
export function registerEnrollRoutes(app: FastifyInstance, db: HubDatabase, postgis: boolean): void {
  app.get('/v1/health', async (): Promise<HealthResponse> => ({
    ok: true, service: 'parceldesk-hub', protocolVersion: HUB_PROTOCOL_VERSION, database: db.kind, postgis,
  }));

  app.post('/v1/enroll', async (request, reply) => {
    const body = parseInput(enrollRequestSchema, request.body, 'enrollment');
    const code = credentialOf(request);
    const enrolled = await db.transaction((tx) => enrollDevice(tx, code, body));
    request.log.info({ device: enrolled.device, user: enrolled.user.id }, 'device enrolled');
    return reply.status(201).send(enrolled);
  });
}
