import type { ParcelTileRequest, ParcelTileResponse } from './parcel-tile-protocol.ts';

let worker: Worker | undefined;
let nextId = 0;
const waiting = new Map<number, { resolve: (bytes: Uint8Array) => void; reject: (error: Error) => void }>();

function tileWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./parcel-tiles.worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<ParcelTileResponse>) => {
    const response = event.data;
    const waiter = waiting.get(response.id);
    waiting.delete(response.id);
    if (!waiter) return;
    if ('bytes' in response) {
      // Read by the benchmark: how many tiles an opening served from IndexedDB and how many it cut.
      performance.mark(response.kept ? 'parceldesk:tile-kept' : 'parceldesk:tile-made');
      waiter.resolve(response.bytes);
    }
    else waiter.reject(new Error(response.error));
  };
  worker.onerror = (event) => {
    for (const waiter of waiting.values()) waiter.reject(new Error(event.message || 'parcel tile worker failed'));
    waiting.clear();
  };
  return worker;
}

/**
 * One vector tile (z/x/y, XYZ) of a stored layer's parcels, from the tile
 * worker: kept from an earlier opening, or cut from the layer's chunks now.
 */
export function readParcelTile(databaseName: string, layerId: string, z: number, x: number, y: number): Promise<Uint8Array> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    tileWorker().postMessage({ id, databaseName, layerId, z, x, y } satisfies ParcelTileRequest);
  });
}
