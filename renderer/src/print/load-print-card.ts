import type { LayerRecord } from '../../../shared/model/project.ts';
import type { LonLat } from '../../../shared/model/geometry.ts';
import type { FieldValues } from '../../../shared/survey/field-value.ts';
import { effectiveValues } from '../../../shared/survey/source-values.ts';
import type { ParcelDeskDatabase } from '../storage/database.ts';
import { loadParcelEdits } from '../storage/survey-store.ts';
import { loadParcelSource, type ParcelIndex } from '../survey/parcel-index.ts';
import { featureRings } from './feature-rings.ts';

/** A photo to print: its object URL (revoke with the print view) and caption. */
export interface PrintPhoto {
  readonly sha256: string;
  readonly url: string;
  readonly caption: string;
}

/** Everything one printed card shows. */
export interface PrintCardData {
  readonly parcelId: string;
  readonly values: FieldValues;
  /** Ellipsoidal, m², CGCS2000. */
  readonly areaSquareMeters: number;
  /** Parts → rings → [lon, lat] degrees, CGCS2000. */
  readonly rings: LonLat[][][];
  readonly photos: readonly PrintPhoto[];
}

/** The sha256 of each photo a card refers to (`photo.<sha256>` fields not removed), in key order. */
export function photoHashes(values: FieldValues): string[] {
  return Object.keys(values)
    .filter((key) => key.startsWith('photo.') && values[key] !== null && values[key] !== '')
    .sort()
    .map((key) => key.slice('photo.'.length));
}

/** A photo's caption from its field value (attachment JSON: name, takenAt): "现场.jpg 2021-05-01"; '' when unreadable. */
export function photoCaption(metadata: unknown): string {
  if (typeof metadata !== 'string') return '';
  try {
    const parsed = JSON.parse(metadata) as { name?: unknown; takenAt?: unknown };
    const name = typeof parsed.name === 'string' ? parsed.name : '';
    const day = typeof parsed.takenAt === 'string' ? parsed.takenAt.slice(0, 10) : '';
    return [name, day].filter(Boolean).join(' ');
  } catch {
    return '';
  }
}

/**
 * Reads one parcel for printing: source values with edits, area, outline from
 * its feature chunk, and its photos' Blobs as object URLs (the caller revokes them).
 */
export async function loadPrintCard(db: ParcelDeskDatabase, layers: readonly LayerRecord[], index: ParcelIndex, parcelId: string): Promise<PrintCardData> {
  const location = index.locationById.get(parcelId);
  if (!location) throw new Error(`parcel not in this project: ${parcelId}`);
  const [edits, chunk] = await Promise.all([loadParcelEdits(db, parcelId), db.featureChunks.get([location.layerId, location.chunkIndex])]);
  const source = await loadParcelSource(db, layers, location, chunk);
  const values = effectiveValues(source.values, edits?.values);
  const hashes = photoHashes(values);
  const records = hashes.length > 0 ? await db.attachments.bulkGet(hashes) : [];
  const photos: PrintPhoto[] = [];
  records.forEach((record, i) => {
    if (!record || !record.mimeType.startsWith('image/')) return;
    const sha256 = hashes[i] as string;
    photos.push({ sha256, url: URL.createObjectURL(record.blob), caption: photoCaption(values[`photo.${sha256}`]) || record.name });
  });
  return {
    parcelId, values, areaSquareMeters: source.areaSquareMeters, photos,
    rings: chunk ? featureRings(chunk, location.row) : [],
  };
}
