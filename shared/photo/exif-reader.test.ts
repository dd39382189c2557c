import { describe, expect, it } from 'vitest';
import { exifApp1Segment, JFIF_APP0, jpegWithExif } from '../../tests/fixtures/photo-fixtures.ts';
import { findJpegExifBlock, NO_EXIF, readJpegExif } from './exif-reader.ts';

const XUCHANG = { latitude: 34.0356789, longitude: 113.8523456 };
// dms() in the fixture keeps seconds to 1/10000 s ≈ 3 mm: compare to 1e-7 degrees.
const DEGREES = 7;

describe('readJpegExif', () => {
  for (const byteOrder of ['II', 'MM'] as const) {
    it(`reads time, position and direction from a ${byteOrder === 'II' ? 'little' : 'big'}-endian Exif block`, () => {
      const exif = readJpegExif(jpegWithExif({
        byteOrder, ...XUCHANG, dateTimeOriginal: '2021:05:12 09:30:15', directionDegrees: 237.5, directionRef: 'T',
      }));
      expect(exif.takenAt).toBe('2021-05-12T09:30:15');
      expect(exif.lonLat?.[0]).toBeCloseTo(XUCHANG.longitude, DEGREES);
      expect(exif.lonLat?.[1]).toBeCloseTo(XUCHANG.latitude, DEGREES);
      expect(exif.directionDegrees).toBeCloseTo(237.5, 6);
      expect(exif.directionReference).toBe('true');
    });
  }

  it('signs southern latitudes and western longitudes from their refs', () => {
    const exif = readJpegExif(jpegWithExif({ byteOrder: 'MM', latitude: -33.8688, longitude: -70.6693 }));
    expect(exif.lonLat?.[0]).toBeCloseTo(-70.6693, DEGREES);
    expect(exif.lonLat?.[1]).toBeCloseTo(-33.8688, DEGREES);
  });

  it('keeps the recorded time offset and reports a magnetic direction as such', () => {
    const exif = readJpegExif(jpegWithExif({
      dateTimeOriginal: '2023:11:02 16:04:59', offsetTimeOriginal: '+08:00', directionDegrees: 12.25, directionRef: 'M',
    }));
    expect(exif.takenAt).toBe('2023-11-02T16:04:59+08:00');
    expect(exif.directionReference).toBe('magnetic');
    expect(exif.directionDegrees).toBeCloseTo(12.25, 6);
    expect(exif.lonLat).toBeNull();
  });

  it('falls back to DateTimeDigitized and ignores zeroed stamps', () => {
    expect(readJpegExif(jpegWithExif({ dateTimeDigitized: '2020:01:02 03:04:05' })).takenAt).toBe('2020-01-02T03:04:05');
    expect(readJpegExif(jpegWithExif({ dateTimeOriginal: '0000:00:00 00:00:00' })).takenAt).toBeNull();
  });

  it('has no position when the receiver marked the fix void or wrote zeros', () => {
    expect(readJpegExif(jpegWithExif({ ...XUCHANG, gpsStatus: 'V' })).lonLat).toBeNull();
    expect(readJpegExif(jpegWithExif({ ...XUCHANG, gpsStatus: 'A' })).lonLat).not.toBeNull();
    expect(readJpegExif(jpegWithExif({ latitude: 0, longitude: 0 })).lonLat).toBeNull();
  });

  it('has no position when only the latitude is recorded', () => {
    expect(readJpegExif(jpegWithExif({ latitude: XUCHANG.latitude, dateTimeOriginal: '2021:05:12 09:30:15' })).lonLat).toBeNull();
  });

  it('finds the Exif segment after other segments and fill bytes', () => {
    const app1 = exifApp1Segment({ byteOrder: 'MM', ...XUCHANG });
    const comment = [0xff, 0xfe, 0, 6, 0x68, 0x69, 0x21, 0x21]; // COM "hi!!"
    const jpeg = new Uint8Array([0xff, 0xd8, ...JFIF_APP0, ...comment, 0xff, ...app1, 0xff, 0xd9]);
    expect(readJpegExif(jpeg).lonLat?.[1]).toBeCloseTo(XUCHANG.latitude, DEGREES);
  });

  it('reads nothing from files without Exif, non-JPEG bytes, or Exif after the image data', () => {
    expect(readJpegExif(new Uint8Array([0xff, 0xd8, ...JFIF_APP0, 0xff, 0xd9]))).toEqual(NO_EXIF);
    expect(readJpegExif(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toEqual(NO_EXIF);
    const afterScan = new Uint8Array([0xff, 0xd8, 0xff, 0xda, 0, 2, ...exifApp1Segment(XUCHANG), 0xff, 0xd9]);
    expect(findJpegExifBlock(afterScan)).toBeUndefined();
  });

  it('survives truncated files: every prefix reads without throwing, and the whole file reads in full', () => {
    const jpeg = jpegWithExif({ byteOrder: 'MM', ...XUCHANG, dateTimeOriginal: '2021:05:12 09:30:15', directionDegrees: 90 });
    for (let length = 0; length < jpeg.length; length++) expect(() => readJpegExif(jpeg.subarray(0, length))).not.toThrow();
    expect(readJpegExif(jpeg.subarray(0, jpeg.length - 2)).directionDegrees).toBe(90);
  });

  it('ignores IFD offsets that point outside the block', () => {
    const jpeg = jpegWithExif({ byteOrder: 'II', ...XUCHANG });
    const tiffStart = (findJpegExifBlock(jpeg) as Uint8Array).byteOffset;
    new DataView(jpeg.buffer).setUint32(tiffStart + 4, 0xfffffff0, true); // IFD0 offset far past the end
    expect(readJpegExif(jpeg)).toEqual(NO_EXIF);
  });
});
