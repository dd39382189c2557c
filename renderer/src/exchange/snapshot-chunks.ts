import { encodeFeatureChunks } from '../../../shared/import/layer-part.ts';
import type { EncodedFeatureChunk } from '../../../shared/model/feature-chunk-codec.ts';
import type { LayerRecord } from '../../../shared/model/project.ts';
import { snapshotFeatures } from '../../../shared/package/snapshot-features.ts';

/** A layer from a package ready to store: its record and its features in storage chunks. */
export interface SnapshotLayer {
  readonly record: LayerRecord;
  readonly chunks: EncodedFeatureChunk[];
}

/**
 * Encodes a package's layer snapshot for storage so every parcel keeps the id
 * the producer gave it (edits refer to it): `${layerId}:${n}` ids become source
 * index n; any other id is stored explicitly. Throws PackageError on a bad snapshot.
 */
export function snapshotChunks(record: LayerRecord, geojsonText: string, entry: string): SnapshotLayer {
  const features = snapshotFeatures(geojsonText, entry);
  const prefix = `${record.id}:`;
  const indices = features.map((f) => (f.parcelId.startsWith(prefix) && /^\d{1,9}$/.test(f.parcelId.slice(prefix.length)) ? Number(f.parcelId.slice(prefix.length)) : -1));
  const derived = indices.every((n) => n >= 0) && new Set(indices).size === indices.length;
  const chunks = encodeFeatureChunks(features.map((f, i) => ({ ...f, sourceIndex: derived ? (indices[i] as number) : i })));
  let at = 0;
  const withIds = derived ? chunks : chunks.map((chunk) => {
    const parcelIds = features.slice(at, at + chunk.count).map((f) => f.parcelId);
    at += chunk.count;
    return { ...chunk, parcelIds };
  });
  return { record: { ...record, featureCount: features.length }, chunks: withIds };
}
