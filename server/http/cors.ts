import type { FastifyInstance } from 'fastify';

/**
 * CORS for the app, whose window runs on another origin than the hub
 * (app://parceldesk in Electron, a web server's origin in the browser build).
 * Credentials travel only in the Authorization header, never in cookies, so
 * any origin may call: a page without a token still gets 401. Preflights are
 * answered here, before authentication (they carry no token).
 */
export function registerCors(app: FastifyInstance): void {
  app.addHook('onRequest', async (request, reply) => {
    if (!request.headers.origin) return;
    reply.header('access-control-allow-origin', '*');
    reply.header('access-control-expose-headers', 'x-parceldesk-sha256, x-parceldesk-verified');
    if (request.method !== 'OPTIONS') return;
    reply.header('access-control-allow-methods', 'GET, HEAD, POST, PUT');
    reply.header('access-control-allow-headers', 'authorization, content-type');
    reply.header('access-control-max-age', '600');
    return reply.status(204).send();
  });
}
