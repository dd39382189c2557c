import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import type { HubDatabase, SqlRunner } from './hub-database.ts';
import { acquireFolderLock } from './folder-lock.ts';

const BYTEA = 17;

/** bytea parameters as hex text through Node's native codec (PGlite's own builds the string byte by byte: ~5 MB/s). */
const byteaToText = (value: Uint8Array): string => `\\x${Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('hex')}`;
const byteaFromText = (text: string): Uint8Array => {
  const buffer = Buffer.from(text.slice(2), 'hex');
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
};

/**
 * PGlite (Postgres compiled to WebAssembly) storing its files in `folder`.
 * One process at a time may open a folder: a lock file with the owner's pid
 * refuses a second one while the first is alive (a killed owner's lock is taken over).
 */
export async function openPgliteDatabase(folder: string): Promise<HubDatabase> {
  mkdirSync(folder, { recursive: true });
  const release = acquireFolderLock(folder);
  let db: PGlite;
  try {
    db = await PGlite.create(`${folder}/pgdata`, { serializers: { [BYTEA]: byteaToText }, parsers: { [BYTEA]: byteaFromText } });
  } catch (error) {
    release();
    throw error;
  }
  const runner = (target: Pick<PGlite, 'query'>): SqlRunner => ({
    query: async <T>(sql: string, params: readonly unknown[] = []) => (await target.query<T>(sql, [...params])).rows,
  });
  return {
    kind: 'pglite',
    ...runner(db),
    exec: async (sql) => {
      await db.exec(sql);
    },
    transaction: (work) => db.transaction((tx) => work(runner(tx))),
    close: async () => {
      await db.close();
      release();
    },
  };
}
