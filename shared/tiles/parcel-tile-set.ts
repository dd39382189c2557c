import Flatbush from 'flatbush';
import { chunkParcelId, type EncodedFeatureChunk } from '../model/feature-chunk-codec.ts';
import type { FieldMapping } from '../model/parcel-fields.ts';
import { chunkLabelPoints, mvtTypeOf, projectChunk, tileFeature, TILE_BUFFER, TILE_EXTENT, type ChunkGeometry } from './chunk-geometry.ts';
import { encodeMvt, type MvtFeature } from './mvt-layer.ts';
import { MVT_POINT, MVT_POLYGON, TileGeometryBuilder } from './tile-geometry.ts';
import { chunkTileLabels, type TileLabel } from './tile-properties.ts';

export { TILE_EXTENT } from './chunk-geometry.ts';

/** The layer name of parcel geometry inside every parcel tile. */
export const PARCEL_TILE_LAYER = 'parcels';
/** The layer of label points (one per parcel, in the one tile holding it), from {@link LABEL_MIN_ZOOM}. */
export const PARCEL_LABEL_LAYER = 'parcel-labels';
/** Below {@link POLYGON_MIN_ZOOM} parcels are points (one per parcel, inside it) in this layer instead of polygons. */
export const PARCEL_POINT_LAYER = 'parcel-points';
/**
 * Parcels are polygons from this zoom on. Further out a parcel is a pixel or
 * less, and building fill geometry for every parcel of a county in MapLibre
 * made opening 100k parcels take seconds; a point per parcel costs a fraction.
 */
export const POLYGON_MIN_ZOOM = 12;
/** Parcel labels (code, landholder) are drawn from this zoom on; tiles below it leave them out. */
export const LABEL_MIN_ZOOM = 16;

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
   * each feature's geometry clipped to the tile plus a buffer and its
   * `parcelId`, features in source order — polygons only from
   * {@link POLYGON_MIN_ZOOM}, below it layer {@link PARCEL_POINT_LAYER} holds a
   * point inside each polygon instead; from {@link LABEL_MIN_ZOOM} also layer
   * {@link PARCEL_LABEL_LAYER}: a point inside each polygon whose point falls in
   * this tile, with `parcelId`, `code` and `holder` (empty ones left out), so
   * a parcel cut by tile edges is labelled once.
   */
  tile(z: number, x: number, y: number): Uint8Array {
    const scale = 2 ** z;
    const pad = TILE_BUFFER / TILE_EXTENT;
    const hits = this.index?.search((x - pad) / scale, (y - pad) / scale, (x + 1 + pad) / scale, (y + 1 + pad) / scale) ?? [];
    hits.sort((a, b) => a - b);
    const features: MvtFeature[] = [];
    const points: MvtFeature[] = [];
    const labels: MvtFeature[] = [];
    for (const hit of hits) {
      const geometry = this.chunks[this.chunkOf[hit] as number] as ChunkGeometry;
      const row = this.rowOf[hit] as number;
      if (z < POLYGON_MIN_ZOOM && mvtTypeOf(geometry.chunk, row) === MVT_POLYGON) {
        const point = this.pointFeature(geometry, row, scale, x, y, chunkParcelId(geometry.chunk, row, this.layerId), false);
        if (point) points.push(point);
        continue;
      }
      const encoded = tileFeature(geometry, row, scale, x, y);
      if (!encoded) continue;
      const parcelId = chunkParcelId(geometry.chunk, row, this.layerId);
      features.push({ ...encoded, properties: { parcelId } });
      if (z >= LABEL_MIN_ZOOM && encoded.type === MVT_POLYGON) {
        const label = this.pointFeature(geometry, row, scale, x, y, parcelId, true);
        if (label) labels.push(label);
      }
    }
    return encodeMvt([
      { name: PARCEL_TILE_LAYER, features }, { name: PARCEL_POINT_LAYER, features: points }, { name: PARCEL_LABEL_LAYER, features: labels },
    ], TILE_EXTENT);
  }

  /**
   * The parcel's label point as a feature of this tile, when the point lies in
   * it (not in its buffer), with its code and landholder when `withText`.
   */
  private pointFeature(geometry: ChunkGeometry, row: number, scale: number, x: number, y: number, parcelId: string, withText: boolean): MvtFeature | undefined {
    geometry.labelPoints ??= chunkLabelPoints(geometry);
    const px = ((geometry.labelPoints[row * 2] as number) * scale - x) * TILE_EXTENT;
    const py = ((geometry.labelPoints[row * 2 + 1] as number) * scale - y) * TILE_EXTENT;
    if (!(px >= 0 && px < TILE_EXTENT && py >= 0 && py < TILE_EXTENT)) return undefined;
    const properties: Record<string, string> = { parcelId };
    if (withText) {
      geometry.labels ??= chunkTileLabels(geometry.chunk, this.layerId, this.mapping);
      const label = geometry.labels[row] as TileLabel;
      if (label.code) properties.code = label.code;
      if (label.holder) properties.holder = label.holder;
    }
    const builder = new TileGeometryBuilder();
    builder.points([px, py]);
    return { type: MVT_POINT, commands: builder.commands, properties };
  }
}

/** Builds the tile set of a layer's stored chunks (see {@link ParcelTileSet}). */
export function buildParcelTileSet(chunks: readonly EncodedFeatureChunk[], layerId: string, mapping?: FieldMapping): ParcelTileSet {
  return new ParcelTileSet(chunks, layerId, mapping);
}
