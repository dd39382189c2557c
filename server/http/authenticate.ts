import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { SqlRunner } from '../db/hub-database.ts';
import { HubRequestError } from '../hub-request-error.ts';
import { principalForToken, type Principal } from '../store/accounts-store.ts';

const principals = new WeakMap<FastifyRequest, Principal>();
const credentials = new WeakMap<FastifyRequest, string>();

/** Routes reachable without a bearer token. */
const OPEN_ROUTES = new Set(['/v1/health']);
/** Routes whose bearer is a one-time enrollment code, checked by the route itself. */
const CODE_ROUTES = new Set(['/v1/enroll']);

function bearer(request: FastifyRequest): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '');
  return match?.[1];
}

/**
 * Every request except the open routes needs `Authorization: Bearer <token>`
 * of a device or user (401 otherwise, for unknown paths too, so the hub does
 * not tell strangers which routes exist).
 */
export function registerAuthentication(app: FastifyInstance, db: SqlRunner): void {
  app.addHook('onRequest', async (request) => {
    const path = request.url.split('?')[0] ?? '';
    if (OPEN_ROUTES.has(path)) return;
    const token = bearer(request);
    if (!token) throw new HubRequestError(401, 'unauthorized', 'this request needs Authorization: Bearer <token>');
    if (CODE_ROUTES.has(path)) {
      credentials.set(request, token);
      return;
    }
    const principal = await principalForToken(db, token);
    if (!principal) throw new HubRequestError(401, 'unauthorized', 'unknown or revoked token');
    principals.set(request, principal);
  });
}

/** The authenticated caller of a request. */
export function principalOf(request: FastifyRequest): Principal {
  const principal = principals.get(request);
  if (!principal) throw new HubRequestError(401, 'unauthorized', 'not authenticated');
  return principal;
}

/** The caller's device (pushing needs a device token: its key checks the package signature). */
export function deviceOf(request: FastifyRequest): Principal & { readonly deviceId: string; readonly devicePublicKey: string } {
  const principal = principalOf(request);
  if (!principal.deviceId || !principal.devicePublicKey) throw new HubRequestError(403, 'forbidden', 'pushing needs an enrolled device token');
  return principal as Principal & { deviceId: string; devicePublicKey: string };
}

/** The bearer credential of a code route (the enrollment code). */
export function credentialOf(request: FastifyRequest): string {
  const credential = credentials.get(request);
  if (!credential) throw new HubRequestError(401, 'unauthorized', 'missing credential');
  return credential;
}
