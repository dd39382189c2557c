import initSqlJs from 'sql.js';
import { describe, expect, it } from 'vitest';
import { openMbtiles } from './mbtiles-archive.ts';

async function createMbtiles(rows: [number, number, number, Uint8Array][], metadata: Record<string, string>): Promise<Uint8Array> {
  const SQL = await initSqlJs();
  const db = new SQL.Database();
  db.run('CREATE TABLE metadata (name text, value text); CREATE TABLE tiles (zoom_level integer, tile_column integer, tile_row integer, tile_data blob)');
  for (const [name, value] of Object.entries(metadata)) db.run('INSERT INTO metadata VALUES (?, ?)', [name, value]);
  for (const [z, x, tmsRow, data] of rows) db.run('INSERT INTO tiles VALUES (?, ?, ?, ?)', [z, x, tmsRow, data]);
  const bytes = db.export();
  db.close();
  return bytes;
}

describe('MBTiles archive', () => {
  it('reads a tile by its XYZ address from the TMS row it is stored under', async () => {
    // XYZ row 408 at zoom 10 (Xuchang) is stored as TMS row 1023 − 408 = 615.
    const bytes = await createMbtiles([[10, 835, 615, new Uint8Array([1, 2, 3])], [10, 835, 408, new Uint8Array([9])]], { name: '许昌影像', format: 'png' });
    const archive = openMbtiles(await initSqlJs(), bytes);
    expect(Array.from(archive.readTile(10, 835, 408) ?? [])).toEqual([1, 2, 3]);
    expect(archive.readTile(10, 836, 408)).toBeUndefined();
    expect(archive.metadata).toEqual({ name: '许昌影像', format: 'png' });
    expect(archive.zoomRange).toEqual({ min: 10, max: 10 });
    archive.close();
  });

  it('opens a tiles table without metadata and refuses a file that is not MBTiles', async () => {
    const bytes = await createMbtiles([[3, 6, 4, new Uint8Array([7])]], {});
    const SQL = await initSqlJs();
    const archive = openMbtiles(SQL, bytes);
    expect(archive.metadata).toEqual({});
    expect(Array.from(archive.sampleTile() ?? [])).toEqual([7]);
    expect(Array.from(archive.readTile(3, 6, 3) ?? [])).toEqual([7]);
    archive.close();
    expect(() => openMbtiles(SQL, new TextEncoder().encode('not a database, just text'.repeat(40)))).toThrow();
  });
});
