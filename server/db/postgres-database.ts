import pg from 'pg';
import type { HubDatabase, SqlRunner } from './hub-database.ts';

/** Node Buffers for bytea parameters (pg sends other typed arrays as text). */
function toPgParams(params: readonly unknown[]): unknown[] {
  return params.map((p) => (p instanceof Uint8Array && !Buffer.isBuffer(p) ? Buffer.from(p.buffer, p.byteOffset, p.byteLength) : p));
}

/** Pool-backed PostgreSQL at `url` (postgres://user@host:port/db). */
export async function openPostgresDatabase(url: string): Promise<HubDatabase> {
  const pool = new pg.Pool({ connectionString: url, max: 8 });
  // An idle connection dropped by the server must not end the hub; the pool reconnects.
  pool.on('error', (error) => console.error(`PostgreSQL connection lost: ${error.message}`));
  // Fail early with a clear message when the server is not there.
  await pool.query('SELECT 1');
  const runner = (client: pg.Pool | pg.PoolClient): SqlRunner => ({
    query: async <T>(sql: string, params: readonly unknown[] = []) => (await client.query(sql, toPgParams(params))).rows as T[],
  });
  return {
    kind: 'postgres',
    ...runner(pool),
    exec: async (sql) => {
      await pool.query(sql);
    },
    transaction: async (work) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(runner(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
