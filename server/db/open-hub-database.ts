import type { HubDatabase } from './hub-database.ts';
import { migrate } from './migrations.ts';
import { openPgliteDatabase } from './pglite-database.ts';
import { openPostgresDatabase } from './postgres-database.ts';

export interface DatabaseConfig {
  /** postgres://… : PostgreSQL (+ PostGIS when installed); otherwise PGlite in `dataFolder`. */
  readonly databaseUrl?: string;
  readonly dataFolder: string;
}

/** Opens the configured database and brings its schema up to date. */
export async function openHubDatabase(config: DatabaseConfig): Promise<HubDatabase> {
  const db = config.databaseUrl ? await openPostgresDatabase(config.databaseUrl) : await openPgliteDatabase(config.dataFolder);
  try {
    await migrate(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}
