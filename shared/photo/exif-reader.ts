import type { LonLat } from '../model/geometry.ts';
import { readIfd, readTiffHeader, type TiffValue } from './tiff-ifd.ts';

/**
 * What a photo's Exif says about where, when and which way it was taken.
 * Every field is null when the file does not record it (or records it as void).
 */
export interface PhotoExif {
  /** Camera clock at capture, 'YYYY-MM-DDTHH:MM:SS', with the recorded offset (e.g. '+08:00') when there is one. */
  readonly takenAt: string | null;
  /** [longitude, latitude] in degrees as the GPS recorded them (WGS84). */
  readonly lonLat: LonLat | null;
  /** Direction the camera faced, degrees clockwise from north, in [0, 360). */
  readonly directionDegrees: number | null;
  /** Which north `directionDegrees` is measured from (GPSImgDirectionRef T / M). */
  readonly directionReference: 'true' | 'magnetic' | null;
}

export const NO_EXIF: PhotoExif = { takenAt: null, lonLat: null, directionDegrees: null, directionReference: null };

const TAG = {
  exifIfd: 0x8769, gpsIfd: 0x8825,
  dateTimeOriginal: 0x9003, dateTimeDigitized: 0x9004, offsetTimeOriginal: 0x9011,
  gpsLatitudeRef: 0x0001, gpsLatitude: 0x0002, gpsLongitudeRef: 0x0003, gpsLongitude: 0x0004,
  gpsStatus: 0x0009, gpsImgDirectionRef: 0x0010, gpsImgDirection: 0x0011,
} as const;

const EXIF_HEADER = [0x45, 0x78, 0x69, 0x66, 0, 0]; // "Exif\0\0"

/**
 * The TIFF block of a JPEG's APP1 Exif segment, or undefined when the bytes are
 * not a JPEG or carry no Exif. Scans marker segments up to the start of the image
 * data; `jpeg` may be only the head of the file (the Exif segment comes first).
 */
export function findJpegExifBlock(jpeg: Uint8Array): Uint8Array | undefined {
  if (jpeg.length < 4 || jpeg[0] !== 0xff || jpeg[1] !== 0xd8) return undefined;
  let at = 2;
  while (at + 4 <= jpeg.length) {
    if (jpeg[at] !== 0xff) return undefined;
    const marker = jpeg[at + 1] as number;
    if (marker === 0xff) {
      at++; // fill byte
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) return undefined; // end of image, start of scan
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2; // markers without a length
      continue;
    }
    const length = ((jpeg[at + 2] as number) << 8) | (jpeg[at + 3] as number);
    if (length < 2) return undefined;
    const start = at + 4, end = Math.min(at + 2 + length, jpeg.length);
    if (marker === 0xe1 && end - start > EXIF_HEADER.length && EXIF_HEADER.every((b, i) => jpeg[start + i] === b)) {
      return jpeg.subarray(start + EXIF_HEADER.length, end);
    }
    at += 2 + length;
  }
  return undefined;
}

const numbers = (value: TiffValue | undefined): readonly number[] | undefined => (typeof value === 'object' ? value : undefined);
const text = (value: TiffValue | undefined): string | undefined => (typeof value === 'string' ? value : undefined);

/** 'YYYY:MM:DD HH:MM:SS' → 'YYYY-MM-DDTHH:MM:SS' (+ offset); null for blank or zeroed stamps. */
function exifDateTime(value: string | undefined, offset: string | undefined): string | null {
  const match = value ? /^(\d{4}):(\d{2}):(\d{2})[ T](\d{2}):(\d{2}):(\d{2})/.exec(value) : null;
  if (!match || match[1] === '0000' || match[2] === '00') return null;
  const zone = offset && /^[+-]\d{2}:\d{2}$/.test(offset) ? offset : '';
  return `${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}:${match[6]}${zone}`;
}

/** Degrees, minutes, seconds (three rationals) with a hemisphere letter → signed degrees. */
function signedDegrees(dms: readonly number[] | undefined, ref: string | undefined, negative: string, limit: number): number | null {
  if (!dms || dms.length === 0) return null;
  const degrees = (dms[0] as number) + (dms[1] ?? 0) / 60 + (dms[2] ?? 0) / 3600;
  if (!Number.isFinite(degrees) || degrees < 0 || degrees > limit) return null;
  return ref?.toUpperCase().startsWith(negative) ? -degrees : degrees;
}

function gpsPosition(gps: Map<number, TiffValue>): LonLat | null {
  if (text(gps.get(TAG.gpsStatus))?.toUpperCase() === 'V') return null; // receiver reported a void fix
  const lat = signedDegrees(numbers(gps.get(TAG.gpsLatitude)), text(gps.get(TAG.gpsLatitudeRef)), 'S', 90);
  const lon = signedDegrees(numbers(gps.get(TAG.gpsLongitude)), text(gps.get(TAG.gpsLongitudeRef)), 'W', 180);
  if (lat === null || lon === null) return null;
  if (lat === 0 && lon === 0) return null; // cameras without a fix often write zeros
  return [lon, lat];
}

function gpsDirection(gps: Map<number, TiffValue>): Pick<PhotoExif, 'directionDegrees' | 'directionReference'> {
  const value = numbers(gps.get(TAG.gpsImgDirection))?.[0];
  if (value === undefined || !Number.isFinite(value)) return { directionDegrees: null, directionReference: null };
  const ref = text(gps.get(TAG.gpsImgDirectionRef))?.toUpperCase();
  return {
    directionDegrees: ((value % 360) + 360) % 360,
    directionReference: ref === 'M' ? 'magnetic' : ref === 'T' ? 'true' : null,
  };
}

/**
 * Reads capture time (DateTimeOriginal, else DateTimeDigitized), GPS position
 * (GPSLatitude/Longitude with their N/S/E/W refs) and camera direction
 * (GPSImgDirection with its T/M ref) from a JPEG's Exif. Anything missing or
 * malformed is null; a file without Exif gives {@link NO_EXIF}.
 */
export function readJpegExif(jpeg: Uint8Array): PhotoExif {
  const tiff = findJpegExifBlock(jpeg);
  const block = tiff && readTiffHeader(tiff);
  if (!block) return NO_EXIF;
  const ifd0 = readIfd(block, block.firstIfdOffset);
  const exifOffset = numbers(ifd0.get(TAG.exifIfd))?.[0];
  const gpsOffset = numbers(ifd0.get(TAG.gpsIfd))?.[0];
  const exif = exifOffset === undefined ? new Map<number, TiffValue>() : readIfd(block, exifOffset);
  const gps = gpsOffset === undefined ? new Map<number, TiffValue>() : readIfd(block, gpsOffset);
  const offset = text(exif.get(TAG.offsetTimeOriginal));
  return {
    takenAt: exifDateTime(text(exif.get(TAG.dateTimeOriginal)), offset) ?? exifDateTime(text(exif.get(TAG.dateTimeDigitized)), undefined),
    lonLat: gpsPosition(gps),
    ...gpsDirection(gps),
  };
}
