import { squareMetersToMu } from '../geodesy/area-units.ts';
import { encodeFeatureChunk, type EncodableFeature, type EncodedFeatureChunk } from '../model/feature-chunk-codec.ts';
import { readDbfHeader, type DbfValue } from '../shapefile/dbf-reader.ts';
import type { LayerSource } from './layer-grouping.ts';
import type { ImportedLayer } from './imported-layer.ts';

/** Features per stored chunk. */
export const FEATURE_CHUNK_SIZE = 2000;

/** What the preview shows of a layer: everything but its features. */
export type LayerSummary = Omit<ImportedLayer, 'features' | 'attributeColumns' | 'attributeColumnsOffset'>;

/**
 * An imported layer (or a record range of one) ready to store: its summary and
 * its features encoded in chunks. Plain data (typed arrays, strings), so it
 * crosses between workers and threads by structured clone.
 */
export interface ImportedLayerPart {
  readonly summary: LayerSummary;
  readonly chunks: EncodedFeatureChunk[];
}

/** Encodes features into storage chunks of FEATURE_CHUNK_SIZE (columns: see encodeFeatureChunk). */
export function encodeFeatureChunks(
  features: readonly EncodableFeature[], attributeColumns?: Record<string, DbfValue[]>, columnsOffset = 0,
): EncodedFeatureChunk[] {
  const chunks: EncodedFeatureChunk[] = [];
  for (let start = 0; start < features.length; start += FEATURE_CHUNK_SIZE) {
    chunks.push(encodeFeatureChunk(features.slice(start, start + FEATURE_CHUNK_SIZE), attributeColumns, columnsOffset));
  }
  return chunks;
}

export function encodeLayerPart(layer: ImportedLayer): ImportedLayerPart {
  const { features, attributeColumns, attributeColumnsOffset, ...summary } = layer;
  return { summary, chunks: encodeFeatureChunks(features, attributeColumns, attributeColumnsOffset ?? 0) };
}

/** Buffers of a part, for postMessage transfer lists. */
export function partBuffers(part: ImportedLayerPart): ArrayBuffer[] {
  return part.chunks.flatMap((c) => [c.sourceIndex, c.geometryType, c.partCounts, c.ringCounts, c.pointCounts, c.coordinates,
    c.areaSquareMeters, c.recordedAreaSquareMeters, c.areaMismatch].map((array) => array.buffer as ArrayBuffer));
}

/**
 * Joins the parts of one layer imported as consecutive record ranges, in order.
 * Throws when the parts read the layer differently (encoding or coordinate system),
 * so the caller imports it in one piece instead.
 */
export function mergeLayerParts(parts: readonly ImportedLayerPart[]): ImportedLayerPart {
  const [first, ...rest] = parts;
  if (!first) throw new Error('no parts to merge');
  for (const part of rest) {
    if (part.summary.crs.code !== first.summary.crs.code || part.summary.encoding.name !== first.summary.encoding.name) {
      throw new Error('the parts of a layer were read differently');
    }
  }
  const summaries = parts.map((p) => p.summary);
  const boxes = summaries.map((s) => s.bboxLonLat).filter((b) => b !== null);
  const issueCounts: LayerSummary['issueCounts'] = {};
  for (const summary of summaries) {
    for (const [code, count] of Object.entries(summary.issueCounts) as [keyof LayerSummary['issueCounts'], number][]) {
      issueCounts[code] = (issueCounts[code] ?? 0) + count;
    }
  }
  const areaSquareMeters = summaries.reduce((sum, s) => sum + s.areaSquareMeters, 0);
  return {
    summary: {
      ...first.summary,
      featureCount: summaries.reduce((sum, s) => sum + s.featureCount, 0),
      bboxLonLat: boxes.length === 0 ? null : [
        Math.min(...boxes.map((b) => b[0])), Math.min(...boxes.map((b) => b[1])),
        Math.max(...boxes.map((b) => b[2])), Math.max(...boxes.map((b) => b[3])),
      ],
      areaSquareMeters,
      areaMu: squareMetersToMu(areaSquareMeters),
      invalidFeatures: summaries.reduce((sum, s) => sum + s.invalidFeatures, 0),
      issueCounts,
      areaMismatches: summaries.reduce((sum, s) => sum + s.areaMismatches, 0),
      skippedFeatures: summaries.reduce((sum, s) => sum + s.skippedFeatures, 0),
      warnings: [...new Set(summaries.flatMap((s) => s.warnings))],
    },
    chunks: parts.flatMap((p) => p.chunks),
  };
}

/** Below this many records one thread imports faster than two. */
export const PARALLEL_MIN_RECORDS = 20_000;

/** Records of a shapefile worth splitting across threads (its DBF header's count), else 0. */
export function splittableRecordCount(source: LayerSource): number {
  if (source.kind !== 'shapefile' || !source.dbf || source.dbf.byteLength < 32) return 0;
  const records = readDbfHeader(source.dbf).recordCount;
  return records >= PARALLEL_MIN_RECORDS ? records : 0;
}

/** Splits `records` into `count` consecutive ranges of nearly equal size. */
export function splitRecords(records: number, count: number): { start: number; end: number }[] {
  const size = Math.ceil(records / count);
  return Array.from({ length: count }, (_, i) => ({ start: Math.min(records, i * size), end: Math.min(records, (i + 1) * size) }))
    .filter((range) => range.end > range.start);
}
