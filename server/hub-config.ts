import { resolve } from 'node:path';

export interface HubConfig {
  readonly host: string;
  /** 0 picks a free port (tests). */
  readonly port: number;
  /** PGlite's folder when no DATABASE_URL is set. */
  readonly dataFolder: string;
  readonly databaseUrl?: string;
  readonly maxPackageBytes: number;
  readonly logger: boolean;
}

function integer(name: string, text: string | undefined, fallback: number): number {
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number, got '${text}'`);
  return value;
}

/**
 * The hub's settings from the environment: HUB_HOST (default 127.0.0.1; set
 * 0.0.0.0 to serve the network), HUB_PORT (8787), HUB_DATA (hub-data),
 * DATABASE_URL (PostgreSQL instead of PGlite), HUB_MAX_PACKAGE_MB (512; the hub holds a package in memory while it verifies it), HUB_LOG (1 to log requests).
 */
export function readHubConfig(env: Readonly<Record<string, string | undefined>>): HubConfig {
  return {
    host: env.HUB_HOST || '127.0.0.1',
    port: integer('HUB_PORT', env.HUB_PORT, 8787),
    dataFolder: resolve(env.HUB_DATA || 'hub-data'),
    ...(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : {}),
    maxPackageBytes: integer('HUB_MAX_PACKAGE_MB', env.HUB_MAX_PACKAGE_MB, 512) * 1024 * 1024,
    logger: env.HUB_LOG === '1',
  };
}

/** Where the data lives, for messages (never prints a password). */
export function describeStorage(config: HubConfig): string {
  if (!config.databaseUrl) return `PGlite in ${config.dataFolder}`;
  try {
    const url = new URL(config.databaseUrl);
    return `PostgreSQL at ${url.hostname}:${url.port || 5432}${url.pathname}`;
  } catch {
    return 'PostgreSQL';
  }
}
