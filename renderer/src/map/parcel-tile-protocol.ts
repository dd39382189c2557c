/** A tile request to the parcel tile worker. */
export interface ParcelTileRequest {
  readonly id: number;
  readonly databaseName: string;
  readonly layerId: string;
  readonly z: number;
  readonly x: number;
  readonly y: number;
}

/** The worker's answer: the tile's bytes, or why it could not be made. */
export type ParcelTileResponse =
  | { readonly id: number; readonly bytes: Uint8Array; /** True when read from IndexedDB, false when cut now. */ readonly kept: boolean }
  | { readonly id: number; readonly error: string };
