import * as maplibregl from 'maplibre-gl';

/** Reads one tile's bytes (XYZ addressing as in the URL); undefined when the store has no such tile. */
export type TileReader = (z: number, x: number, y: number, signal: AbortSignal) => Promise<ArrayBuffer | Uint8Array | undefined>;

const PROTOCOL = 'pdtiles';
const readers = new Map<string, { read: TileReader; raster: boolean }>();
let registered = false;

/** A missing tile: MapLibre treats status 404 as "no tile here" (keeps parent tiles, raises no error). */
function notFound(): Error {
  return Object.assign(new Error('no tile'), { status: 404 });
}

function toArrayBuffer(data: ArrayBuffer | Uint8Array): ArrayBuffer {
  if (data instanceof ArrayBuffer) return data;
  return data.byteOffset === 0 && data.byteLength === data.buffer.byteLength && data.buffer instanceof ArrayBuffer
    ? data.buffer : data.slice().buffer;
}

function register(): void {
  if (registered) return;
  registered = true;
  maplibregl.addProtocol(PROTOCOL, async (params, abortController) => {
    const match = /^pdtiles:\/\/([^/]+)\/(\d+)\/(\d+)\/(\d+)/.exec(params.url);
    const entry = match ? readers.get(match[1] as string) : undefined;
    if (!match || !entry) throw notFound();
    const data = await entry.read(Number(match[2]), Number(match[3]), Number(match[4]), abortController.signal);
    if (data && data.byteLength > 0) return { data: toArrayBuffer(data) };
    // An empty vector tile is a valid tile; a raster tile must be an image.
    if (entry.raster) throw notFound();
    return { data: new ArrayBuffer(0) };
  });
}

/**
 * Serves tiles from a local store (PMTiles, MBTiles, a folder) to MapLibre
 * through the `pdtiles://` protocol, on the page's thread where the File lives.
 * Returns the tile URL template and a function that stops serving.
 */
export function serveTiles(read: TileReader, raster: boolean): { url: string; release: () => void } {
  register();
  const key = crypto.randomUUID();
  readers.set(key, { read, raster });
  return { url: `${PROTOCOL}://${key}/{z}/{x}/{y}`, release: () => readers.delete(key) };
}
