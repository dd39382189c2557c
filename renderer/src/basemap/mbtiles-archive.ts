import type { Database, SqlJsStatic } from 'sql.js';
import { flipTileRow } from '../../../shared/basemap/tile-coordinates.ts';

/** An MBTiles file opened in memory: its metadata table and tiles by XYZ address. */
export interface MbtilesArchive {
  readonly metadata: Readonly<Record<string, string>>;
  /** Zoom levels present in the tiles table. */
  readonly zoomRange: { readonly min: number; readonly max: number } | undefined;
  /** Tile bytes as stored (possibly gzip-compressed for vector tiles); XYZ row, flipped to TMS here. */
  readTile(z: number, x: number, y: number): Uint8Array | undefined;
  /** Any one tile, to sniff the format when the metadata does not say. */
  sampleTile(): Uint8Array | undefined;
  close(): void;
}

function readMetadata(db: Database): Record<string, string> {
  const metadata: Record<string, string> = {};
  try {
    for (const [name, value] of db.exec('SELECT name, value FROM metadata')[0]?.values ?? []) {
      if (typeof name === 'string' && value !== null) metadata[name] = String(value);
    }
  } catch {
    // A tiles table without metadata is still drawable.
  }
  return metadata;
}

/**
 * Opens MBTiles bytes (SQLite, tiles stored with TMS rows, counted from the
 * south) with sql.js. Throws when the file is not SQLite or has no `tiles` table.
 */
export function openMbtiles(SQL: SqlJsStatic, bytes: Uint8Array): MbtilesArchive {
  const db = new SQL.Database(bytes);
  try {
    const range = db.exec('SELECT MIN(zoom_level), MAX(zoom_level) FROM tiles')[0]?.values[0];
    const metadata = readMetadata(db);
    const statement = db.prepare('SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?');
    const zoomRange = range && typeof range[0] === 'number' && typeof range[1] === 'number' ? { min: range[0], max: range[1] } : undefined;
    return {
      metadata,
      zoomRange,
      readTile(z, x, y) {
        statement.bind([z, x, flipTileRow(z, y)]);
        const data = statement.step() ? statement.get()[0] : undefined;
        statement.reset();
        return data instanceof Uint8Array ? data : undefined;
      },
      sampleTile() {
        const data = db.exec('SELECT tile_data FROM tiles LIMIT 1')[0]?.values[0]?.[0];
        return data instanceof Uint8Array ? data : undefined;
      },
      close() {
        statement.free();
        db.close();
      },
    };
  } catch (error) {
    db.close();
    throw error;
  }
}
