/** Anything that runs SQL: the database itself or an open transaction. */
export interface SqlRunner {
  /** Runs one statement with $1… parameters; returns its rows. */
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]>;
}

/**
 * The hub's database: PGlite in a data folder (one machine) or PostgreSQL
 * (+ PostGIS) through `pg`. Both speak the same SQL; migrations are shared.
 */
export interface HubDatabase extends SqlRunner {
  readonly kind: 'pglite' | 'postgres';
  /** Runs several statements (migrations); no parameters. */
  exec(sql: string): Promise<void>;
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: SqlRunner) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
