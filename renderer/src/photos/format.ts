import type { TFunction } from 'i18next';
import type { AttachmentMeta } from '../../../shared/photo/attachment-meta.ts';

/** File size in B / KB / MB (binary multiples, one decimal). */
export function formatBytes(byteLength: number): string {
  if (byteLength < 1024) return `${byteLength} B`;
  if (byteLength < 1024 * 1024) return `${(byteLength / 1024).toFixed(1)} KB`;
  return `${(byteLength / 1024 / 1024).toFixed(1)} MB`;
}

/** '113.852346°E 34.035679°N' (6 decimals ≈ 0.1 m), or undefined without a position. */
export function formatLonLat(lon: number | null, lat: number | null): string | undefined {
  if (lon === null || lat === null) return undefined;
  return `${Math.abs(lon).toFixed(6)}°${lon < 0 ? 'W' : 'E'} ${Math.abs(lat).toFixed(6)}°${lat < 0 ? 'S' : 'N'}`;
}

/** '2021-05-12 09:30:15' (the camera's clock; the offset is kept when recorded). */
export function formatTakenAt(takenAt: string | null): string | undefined {
  return takenAt?.replace('T', ' ');
}

/** The direction with its north reference, or undefined when not recorded. */
export function formatDirection(t: TFunction, meta: AttachmentMeta): string | undefined {
  if (meta.directionDegrees === null) return undefined;
  const degrees = meta.directionDegrees.toFixed(1);
  if (meta.directionReference === 'true') return t('photoDirectionTrue', { degrees });
  if (meta.directionReference === 'magnetic') return t('photoDirectionMagnetic', { degrees });
  return t('photoDirectionUnknownRef', { degrees });
}

/** The camera's local time now as 'YYYY-MM-DDTHH:MM:SS±HH:MM', the form Exif times are kept in. */
export function localTimestamp(date = new Date()): string {
  const two = (n: number) => String(n).padStart(2, '0');
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}T${two(date.getHours())}:${two(date.getMinutes())}:${two(date.getSeconds())}`
    + `${sign}${two(Math.floor(Math.abs(offset) / 60))}:${two(Math.abs(offset) % 60)}`;
}
