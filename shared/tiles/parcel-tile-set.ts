import Flatbush from 'flatbush';
import { chunkParcelId, GEOMETRY_TYPES, type EncodedFeatureChunk } from '../model/feature-chunk-codec.ts';
import type { FieldMapping } from '../model/parcel-fields.ts';
import { encodeMvt, type MvtFeature } from './mvt-layer.ts';
import { clipLine, clipRing } from './tile-clip.ts';
import { MVT_LINE, MVT_POINT, MVT_POLYGON, TileGeometryBuilder } from './tile-geometry.ts';
import { chunkTileLabels, type TileLabel } from './tile-properties.ts';
import { worldX, worldY } from './web-mercator.ts';

/** The layer name inside every parcel tile. */
export const PARCEL_TILE_LAYER = 'parcels';
/** Tile units per tile side, and the buffer drawn beyond each edge (units). */
export const TILE_EXTENT = 4096;
const TILE_BUFFER = 64;
/** Parcel labels (code, landholder) are drawn from this zoom on; tiles below it leave them out. */
export const LABEL_MIN_ZOOM = 16;

interface ChunkGeometry {
  readonly chunk: EncodedFeatureChunk;
  /** The chunk's coordinates in Web Mercator world units [0, 1], same layout. */
  readonly world: Float64Array;
  /** Per feature: first index into partCounts, ringCounts' parts and coordinates. */
  readonly partStart: Uint32Array;
  readonly ringStart: Uint32Array;
  readonly coordStart: Uint32Array;
  labels?: TileLabel[];
}

/**
 * A stored layer ready to be cut into vector tiles on request: its chunks with
 * coordinates projected once to Web Mercator world units, and a spatial index
 * (Flatbush) of every feature's extent. Tiles are made only for what the map
 * shows, so opening a project costs one read of its chunks, not a tiling of
 * the whole layer. Built from immutable source chunks; classes and edits
 * reach the map as feature state, not through tiles.
 */
export class ParcelTileSet {
  private readonly chunks: ChunkGeometry[] = [];
  private readonly chunkOf: Uint32Array;
  private readonly rowOf: Uint32Array;
  private readonly index: Flatbush | undefined;

  constructor(chunks: readonly EncodedFeatureChunk[], private readonly layerId: string, private readonly mapping?: FieldMapping) {
    const total = chunks.reduce((sum, c) => sum + c.count, 0);
    this.chunkOf = new Uint32Array(total);
    this.rowOf = new Uint32Array(total);
    const boxes: number[] = [];
    let feature = 0;
    for (const chunk of chunks) {
      const geometry = projectChunk(chunk);
      this.chunks.push(geometry);
      for (let row = 0; row < chunk.count; row++) {
        const from = geometry.coordStart[row] as number, to = geometry.coordStart[row + 1] as number;
        if (to === from) continue;
        let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
        for (let k = from; k < to; k += 2) {
          const x = geometry.world[k] as number, y = geometry.world[k + 1] as number;
          if (x < minX) minX = x; if (x > maxX) maxX = x;
          if (y < minY) minY = y; if (y > maxY) maxY = y;
        }
        this.chunkOf[feature] = this.chunks.length - 1;
        this.rowOf[feature] = row;
        boxes.push(minX, minY, maxX, maxY);
        feature++;
      }
    }
    if (feature > 0) {
      this.index = new Flatbush(feature);
      for (let i = 0; i < boxes.length; i += 4) this.index.add(boxes[i] as number, boxes[i + 1] as number, boxes[i + 2] as number, boxes[i + 3] as number);
      this.index.finish();
    }
  }

  /**
   * The vector tile z/x/y (XYZ scheme): layer {@link PARCEL_TILE_LAYER} with
   * each feature's geometry clipped to the tile plus a buffer, and properties
   * `parcelId` and, from {@link LABEL_MIN_ZOOM}, `code` and `holder`
   * (empty ones left out), features in source order.
   */
  tile(z: number, x: number, y: number): Uint8Array {
    const scale = 2 ** z;
    const pad = TILE_BUFFER / TILE_EXTENT;
    const hits = this.index?.search((x - pad) / scale, (y - pad) / scale, (x + 1 + pad) / scale, (y + 1 + pad) / scale) ?? [];
    hits.sort((a, b) => a - b);
    const features: MvtFeature[] = [];
    for (const hit of hits) {
      const geometry = this.chunks[this.chunkOf[hit] as number] as ChunkGeometry;
      const encoded = tileFeature(geometry, this.rowOf[hit] as number, scale, x, y);
      if (encoded) features.push({ ...encoded, properties: this.properties(geometry, this.rowOf[hit] as number, z >= LABEL_MIN_ZOOM) });
    }
    return encodeMvt(PARCEL_TILE_LAYER, features, TILE_EXTENT);
  }

  private properties(geometry: ChunkGeometry, row: number, withLabel: boolean): Record<string, string> {
    geometry.labels ??= chunkTileLabels(geometry.chunk, this.layerId, this.mapping);
    const label = geometry.labels[row] as TileLabel;
    const out: Record<string, string> = { parcelId: chunkParcelId(geometry.chunk, row, this.layerId) };
    if (withLabel && label.code) out.code = label.code;
    if (withLabel && label.holder) out.holder = label.holder;
    return out;
  }
}

function projectChunk(chunk: EncodedFeatureChunk): ChunkGeometry {
  const world = new Float64Array(chunk.coordinates.length);
  for (let k = 0; k < world.length; k += 2) {
    world[k] = worldX(chunk.coordinates[k] as number);
    world[k + 1] = worldY(chunk.coordinates[k + 1] as number);
  }
  const partStart = new Uint32Array(chunk.count + 1), ringStart = new Uint32Array(chunk.count + 1), coordStart = new Uint32Array(chunk.count + 1);
  let partAt = 0, ringAt = 0, coordAt = 0;
  for (let i = 0; i < chunk.count; i++) {
    partStart[i] = partAt; ringStart[i] = ringAt; coordStart[i] = coordAt;
    const parts = chunk.partCounts[i] as number;
    for (let p = 0; p < parts; p++) {
      const rings = chunk.ringCounts[partAt++] as number;
      for (let r = 0; r < rings; r++) coordAt += (chunk.pointCounts[ringAt++] as number) * 2;
    }
  }
  partStart[chunk.count] = partAt; ringStart[chunk.count] = ringAt; coordStart[chunk.count] = coordAt;
  return { chunk, world, partStart, ringStart, coordStart };
}

/** Tile-space coordinates of the ring being cut, reused from feature to feature. */
let scratch = new Float64Array(1024);

/** One feature's geometry in tile z/x/y, or undefined when nothing of it shows there. */
function tileFeature(geometry: ChunkGeometry, row: number, scale: number, x: number, y: number): Omit<MvtFeature, 'properties'> | undefined {
  const { chunk, world } = geometry;
  const type = GEOMETRY_TYPES[chunk.geometryType[row] as number];
  const builder = new TileGeometryBuilder();
  const min = -TILE_BUFFER, max = TILE_EXTENT + TILE_BUFFER;
  let ringAt = geometry.ringStart[row] as number, coordAt = geometry.coordStart[row] as number;
  let drawn = false;
  if (scratch.length < geometry.coordStart[row + 1]! - coordAt) scratch = new Float64Array(2 * (geometry.coordStart[row + 1]! - coordAt));
  const partEnd = geometry.partStart[row + 1] as number;
  for (let part = geometry.partStart[row] as number; part < partEnd; part++) {
    const rings = chunk.ringCounts[part] as number;
    let outerDrawn = false;
    for (let r = 0; r < rings; r++) {
      const values = (chunk.pointCounts[ringAt++] as number) * 2;
      const local = scratch.subarray(0, values);
      for (let k = 0; k < values; k += 2) {
        local[k] = ((world[coordAt + k] as number) * scale - x) * TILE_EXTENT;
        local[k + 1] = ((world[coordAt + k + 1] as number) * scale - y) * TILE_EXTENT;
      }
      coordAt += values;
      if (type === 'Polygon' || type === 'MultiPolygon') {
        // A hole is only written after its own outer ring.
        if (r > 0 && !outerDrawn) continue;
        const written = builder.ring(clipRing(local, min, max), r === 0);
        if (r === 0) outerDrawn = written;
        drawn ||= written;
      } else if (type === 'LineString' || type === 'MultiLineString') {
        for (const piece of clipLine(local, min, max)) drawn = builder.line(piece) || drawn;
      } else {
        const inside: number[] = [];
        for (let k = 0; k < local.length; k += 2) {
          const px = local[k] as number, py = local[k + 1] as number;
          if (px >= min && px <= max && py >= min && py <= max) inside.push(px, py);
        }
        drawn = builder.points(inside) || drawn;
      }
    }
  }
  if (!drawn) return undefined;
  const mvtType = type === 'Polygon' || type === 'MultiPolygon' ? MVT_POLYGON : type === 'LineString' || type === 'MultiLineString' ? MVT_LINE : MVT_POINT;
  return { type: mvtType, commands: builder.commands };
}

/** Builds the tile set of a layer's stored chunks (see {@link ParcelTileSet}). */
export function buildParcelTileSet(chunks: readonly EncodedFeatureChunk[], layerId: string, mapping?: FieldMapping): ParcelTileSet {
  return new ParcelTileSet(chunks, layerId, mapping);
}
