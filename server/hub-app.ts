import Fastify, { type FastifyInstance } from 'fastify';
import type { HubDatabase } from './db/hub-database.ts';
import { registerAuthentication } from './http/authenticate.ts';
import { registerCors } from './http/cors.ts';
import { registerErrorHandler } from './http/error-handler.ts';
import { registerChangesRoutes } from './routes/changes-routes.ts';
import { registerEnrollRoutes } from './routes/enroll-routes.ts';
import { registerUploadRoutes } from './routes/upload-routes.ts';

export interface HubAppOptions {
  readonly db: HubDatabase;
  readonly postgis: boolean;
  /** Largest package a push may announce, bytes. */
  readonly maxPackageBytes: number;
  /** Log requests (pino, JSON lines on stdout). */
  readonly logger?: boolean;
}

/** The hub's HTTP application, not yet listening (tests call `inject` or `listen` on it). */
export function buildHubApp(options: HubAppOptions): FastifyInstance {
  const app = Fastify({ logger: options.logger ?? false, exposeHeadRoutes: false });
  registerErrorHandler(app);
  registerCors(app);
  registerAuthentication(app, options.db);
  registerEnrollRoutes(app, options.db, options.postgis);
  registerUploadRoutes(app, options.db, options.maxPackageBytes);
  registerChangesRoutes(app, options.db, options.postgis);
  return app;
}
