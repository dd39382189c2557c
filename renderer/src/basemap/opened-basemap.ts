import type { BasemapLayerSet } from './basemap-layers.ts';

/** What a local tile store holds, for the chooser's status line. */
export interface BasemapSummary {
  readonly name: string;
  readonly tiles: 'raster' | 'vector';
  readonly minzoom: number;
  readonly maxzoom: number;
  /** Vector layer names (vector tiles only). */
  readonly vectorLayers?: readonly string[];
}

/** A basemap ready to draw; `close` releases its file and tile protocol entry. */
export interface OpenedBasemap {
  readonly layerSet: BasemapLayerSet;
  readonly summary: BasemapSummary;
  close(): void;
}

/** Why a local tile store cannot be drawn; the chooser shows it translated. */
export class BasemapError extends Error {
  constructor(readonly code: 'noTiles' | 'unsupportedTiles' | 'unreadable' | 'noVectorLayers', detail = '') {
    super(detail ? `${code}: ${detail}` : code);
  }
}

/** The `vector_layers` ids of TileJSON-like metadata (PMTiles metadata, MBTiles `json` row). */
export function vectorLayerIds(metadata: unknown): string[] {
  const layers = (metadata as { vector_layers?: unknown } | null)?.vector_layers;
  if (!Array.isArray(layers)) return [];
  return layers.map((layer) => (layer as { id?: unknown }).id).filter((id): id is string => typeof id === 'string' && id.length > 0);
}
