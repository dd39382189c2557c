import type { FastifyError, FastifyInstance } from 'fastify';
import { HubRequestError } from '../hub-request-error.ts';

/** Turns every failure into a HubErrorBody answer (shared/sync/hub-protocol.ts). */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | HubRequestError, request, reply) => {
    if (error instanceof HubRequestError) return reply.status(error.status).send(error.body());
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return reply.status(413).send({ error: 'tooLarge', detail: error.message });
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return reply.status(error.statusCode).send({ error: 'badRequest', detail: error.message });
    }
    request.log.error(error);
    return reply.status(500).send({ error: 'internal', detail: 'the hub failed on this request; see its log' });
  });
  app.setNotFoundHandler((request, reply) => reply.status(404).send({ error: 'notFound', detail: `${request.method} ${request.url.split('?')[0]}` }));
}
