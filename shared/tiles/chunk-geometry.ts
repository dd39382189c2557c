import { signedAreaRelative } from '../export/shape-parts.ts';
import { GEOMETRY_TYPES, type EncodedFeatureChunk } from '../model/feature-chunk-codec.ts';
import { labelPoint } from './label-point.ts';
import type { MvtFeature } from './mvt-layer.ts';
import { clipLine, clipRing } from './tile-clip.ts';
import { MVT_LINE, MVT_POINT, MVT_POLYGON, TileGeometryBuilder } from './tile-geometry.ts';
import type { TileLabel } from './tile-properties.ts';
import { worldX, worldY } from './web-mercator.ts';

/** Tile units per tile side, and the buffer drawn beyond each edge (units). */
export const TILE_EXTENT = 4096;
export const TILE_BUFFER = 64;

/** A stored chunk ready for tiling: coordinates in Web Mercator world units and where each feature's parts start. */
export interface ChunkGeometry {
  readonly chunk: EncodedFeatureChunk;
  /** The chunk's coordinates in Web Mercator world units [0, 1], same layout. */
  readonly world: Float64Array;
  /** Per feature: first index into partCounts, ringCounts' parts and coordinates. */
  readonly partStart: Uint32Array;
  readonly ringStart: Uint32Array;
  readonly coordStart: Uint32Array;
  labels?: TileLabel[];
  /** Per feature: its label point in world units (NaN without one), made when first needed. */
  labelPoints?: Float64Array;
}

/** The vector tile geometry type of a chunk's feature: polygon, line, else point. */
export function mvtTypeOf(chunk: EncodedFeatureChunk, row: number): MvtFeature['type'] {
  const type = GEOMETRY_TYPES[chunk.geometryType[row] as number];
  return type === 'Polygon' || type === 'MultiPolygon' ? MVT_POLYGON : type === 'LineString' || type === 'MultiLineString' ? MVT_LINE : MVT_POINT;
}

/** Each feature's label point (world units): inside the outer ring of its largest part; NaN for non-polygons. */
export function chunkLabelPoints(geometry: ChunkGeometry): Float64Array {
  const { chunk, world } = geometry;
  const points = new Float64Array(chunk.count * 2).fill(NaN);
  for (let row = 0; row < chunk.count; row++) {
    if (mvtTypeOf(chunk, row) !== MVT_POLYGON) continue;
    let ringAt = geometry.ringStart[row] as number, coordAt = geometry.coordStart[row] as number;
    let best: Float64Array | undefined, bestArea = -1;
    for (let part = geometry.partStart[row] as number; part < (geometry.partStart[row + 1] as number); part++) {
      const rings = chunk.ringCounts[part] as number;
      for (let r = 0; r < rings; r++) {
        const values = (chunk.pointCounts[ringAt++] as number) * 2;
        if (r === 0) {
          const outer = world.subarray(coordAt, coordAt + values);
          // Relative to the first vertex: far-off world coordinates keep their precision.
          const area = Math.abs(signedAreaRelative(outer));
          if (area > bestArea) { bestArea = area; best = outer; }
        }
        coordAt += values;
      }
    }
    if (best && best.length >= 6) [points[row * 2], points[row * 2 + 1]] = labelPoint(best);
  }
  return points;
}

/** Projects a chunk's coordinates to world units once and indexes where each feature starts. */
export function projectChunk(chunk: EncodedFeatureChunk): ChunkGeometry {
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
export function tileFeature(geometry: ChunkGeometry, row: number, scale: number, x: number, y: number): Omit<MvtFeature, 'properties'> | undefined {
  const { chunk, world } = geometry;
  const type = mvtTypeOf(chunk, row);
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
      if (type === MVT_POLYGON) {
        // A hole is only written after its own outer ring.
        if (r > 0 && !outerDrawn) continue;
        const written = builder.ring(clipRing(local, min, max), r === 0);
        if (r === 0) outerDrawn = written;
        drawn ||= written;
      } else if (type === MVT_LINE) {
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
  return { type, commands: builder.commands };
}

