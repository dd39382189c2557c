import type { FastifyInstance } from 'fastify';
import { hasPostgis } from './db/migrations.ts';
import type { HubDatabase } from './db/hub-database.ts';
import { openHubDatabase } from './db/open-hub-database.ts';
import { describeStorage, type HubConfig } from './hub-config.ts';
import { buildHubApp } from './hub-app.ts';

export interface RunningHub {
  readonly url: string;
  readonly app: FastifyInstance;
  readonly db: HubDatabase;
  close(): Promise<void>;
}

/** Opens the database (migrating it) and serves the hub; resolves once it listens. */
export async function startHub(config: HubConfig): Promise<RunningHub> {
  const db = await openHubDatabase(config);
  try {
    const app = buildHubApp({ db, postgis: await hasPostgis(db), maxPackageBytes: config.maxPackageBytes, logger: config.logger });
    await app.listen({ host: config.host, port: config.port });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const host = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;
    return {
      url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`, app, db,
      close: async () => {
        await app.close();
        await db.close();
      },
    };
  } catch (error) {
    await db.close();
    throw error;
  }
}

/** Runs the hub until SIGINT/SIGTERM; prints its URL first. */
export async function serveUntilStopped(config: HubConfig, out: (line: string) => void): Promise<void> {
  const hub = await startHub(config);
  out(`ParcelDesk hub listening on ${hub.url} (${describeStorage(config)})`);
  const stop = () => {
    hub.close().then(() => process.exit(0), () => process.exit(1));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
