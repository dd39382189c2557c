import { chunkFeatureParts } from '../../../shared/model/chunk-feature-parts.ts';
import { NO_EXIF, readJpegExif, type PhotoExif } from '../../../shared/photo/exif-reader.ts';
import { detectMimeType } from '../../../shared/photo/file-type.ts';
import { matchPhotoToParcel, parcelsWithExtentHolding, type PhotoParcelMatch } from '../../../shared/photo/photo-parcel-match.ts';
import type { FlatPolygonParts } from '../../../shared/photo/point-in-polygon.ts';
import type { ParcelDeskDatabase } from '../storage/database.ts';
import type { EditSession } from '../survey/edit-session.ts';
import type { ParcelIndex } from '../survey/parcel-index.ts';
import { attachToParcel, prepareAttachment } from './attach-files.ts';
import type { PickedFile } from './dropped-files.ts';

/** A photo of the folder with what its Exif says and where it belongs. */
export interface MatchedPhoto extends PickedFile {
  readonly isJpeg: boolean;
  readonly exif: PhotoExif;
  readonly match: PhotoParcelMatch;
}

/** The Exif segment sits at the head of a JPEG (APP1 ≤ 64 KB, after APP0 / ICC): read only this much. */
const EXIF_HEAD_BYTES = 512 * 1024;
const IMAGE_NAME = /\.(jpe?g|png|heic|heif|tiff?|webp|gif|bmp)$/i;

/** Image files of a picked folder or drop; sidecars (.xml, .mov, .srt, …) are left out. */
export function imageFiles(files: readonly PickedFile[]): PickedFile[] {
  return files.filter(({ file, path }) => file.type.startsWith('image/') || IMAGE_NAME.test(path));
}

/** Reads each photo's Exif from the head of the file (the rest is read only when it is attached). */
export async function readPhotoExif(files: readonly PickedFile[], onProgress: (done: number) => void): Promise<Omit<MatchedPhoto, 'match'>[]> {
  const out: Omit<MatchedPhoto, 'match'>[] = [];
  for (const picked of files) {
    const head = new Uint8Array(await picked.file.slice(0, EXIF_HEAD_BYTES).arrayBuffer());
    const isJpeg = detectMimeType(head.subarray(0, 16), picked.path, picked.file.type) === 'image/jpeg';
    out.push({ ...picked, isJpeg, exif: isJpeg ? readJpegExif(head) : NO_EXIF });
    onProgress(out.length);
  }
  return out;
}

/**
 * Finds each photo's parcel: extents from the parcel index prefilter, then the
 * exact point-in-polygon test on the geometry of the candidates, read from their
 * feature chunks (each chunk read and split into rings once).
 */
export async function matchToParcels(db: ParcelDeskDatabase, index: ParcelIndex, photos: readonly Omit<MatchedPhoto, 'match'>[]): Promise<MatchedPhoto[]> {
  const chunkKey = (layerId: string, chunkIndex: number) => `${layerId}\n${chunkIndex}`;
  const needed = new Map<string, [string, number]>();
  for (const photo of photos) {
    if (!photo.exif.lonLat) continue;
    for (const row of parcelsWithExtentHolding(index.rows, photo.exif.lonLat)) {
      const location = index.locationById.get(row.parcelId);
      if (location) needed.set(chunkKey(location.layerId, location.chunkIndex), [location.layerId, location.chunkIndex]);
    }
  }
  const partsByChunk = new Map<string, FlatPolygonParts[]>();
  for (const [key, primaryKey] of needed) {
    const chunk = await db.featureChunks.get(primaryKey);
    if (chunk) partsByChunk.set(key, chunkFeatureParts(chunk));
  }
  const partsOf = (parcelId: string) => {
    const location = index.locationById.get(parcelId);
    return location && partsByChunk.get(chunkKey(location.layerId, location.chunkIndex))?.[location.row];
  };
  return photos.map((photo) => ({ ...photo, match: matchPhotoToParcel(photo.exif.lonLat, index.rows, partsOf) }));
}

/**
 * Attaches every matched photo to its parcel: one edit (one undo step) per
 * parcel, reading each file in full only now. Returns how many photos were
 * newly linked and to how many parcels.
 */
export async function attachMatchedPhotos(
  db: ParcelDeskDatabase, session: EditSession, photos: readonly MatchedPhoto[], onProgress: (done: number, total: number) => void,
): Promise<{ photos: number; parcels: number }> {
  const byParcel = new Map<string, MatchedPhoto[]>();
  for (const photo of photos) {
    if (photo.match.status === 'matched') byParcel.set(photo.match.parcelId, [...(byParcel.get(photo.match.parcelId) ?? []), photo]);
  }
  let linked = 0, parcels = 0, done = 0;
  onProgress(0, byParcel.size);
  for (const [parcelId, group] of byParcel) {
    const prepared = [];
    for (const photo of group) prepared.push(await prepareAttachment(photo.file, photo.path, 'photo'));
    const added = await attachToParcel(db, session, parcelId, prepared);
    linked += added;
    if (added > 0) parcels++;
    onProgress(++done, byParcel.size);
  }
  return { photos: linked, parcels };
}
