import { describe, expect, it } from 'vitest';
import { flipTileRow, parseTilePath, tileContent, tileKey, tileRangeBounds } from './tile-coordinates.ts';

describe('tile rows', () => {
  it('flips XYZ rows to TMS rows (MBTiles) and back', () => {
    expect(flipTileRow(0, 0)).toBe(0);
    expect(flipTileRow(1, 0)).toBe(1);
    // Xuchang at zoom 14: XYZ row 6622 is TMS row 16384 − 1 − 6622.
    expect(flipTileRow(14, 6622)).toBe(9761);
    expect(flipTileRow(14, flipTileRow(14, 6622))).toBe(6622);
  });
});

describe('tile paths', () => {
  it('reads z/x/y and the extension from the end of a folder path', () => {
    expect(parseTilePath('xuchang-tiles/14/13520/6622.png')).toEqual({ z: 14, x: 13520, y: 6622, ext: 'png' });
    expect(parseTilePath('a\\b\\3\\6\\2.JPG')).toEqual({ z: 3, x: 6, y: 2, ext: 'jpg' });
    expect(parseTilePath('10/843/412.pbf')).toEqual({ z: 10, x: 843, y: 412, ext: 'pbf' });
  });

  it('refuses paths that are not tiles or are out of range for their zoom', () => {
    expect(parseTilePath('tiles/readme.txt')).toBeUndefined();
    expect(parseTilePath('tiles/14/abc/6622.png')).toBeUndefined();
    expect(parseTilePath('tiles/2/4/1.png')).toBeUndefined();
    expect(parseTilePath('tiles/2/1/4.png')).toBeUndefined();
    expect(parseTilePath('6622.png')).toBeUndefined();
    expect(tileKey(14, 13520, 6622)).toBe('14/13520/6622');
  });

  it('tells images from compressed vector tiles by their first bytes', () => {
    expect(tileContent(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]))).toBe('png');
    expect(tileContent(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe('jpeg');
    expect(tileContent(new Uint8Array([...'RIFF'].map((c) => c.charCodeAt(0)).concat([0, 0, 0, 0], [...'WEBP'].map((c) => c.charCodeAt(0)))))).toBe('webp');
    expect(tileContent(new Uint8Array([0x1f, 0x8b, 8]))).toBe('gzip');
    expect(tileContent(new Uint8Array([0x1a, 0x05]))).toBe('other');
  });
});

describe('tile range bounds', () => {
  it('covers the whole Web Mercator world with tile 0/0/0', () => {
    const [w, s, e, n] = tileRangeBounds(0, 0, 0, 0, 0);
    expect([w, e]).toEqual([-180, 180]);
    expect(n).toBeCloseTo(85.0511287798, 9);
    expect(s).toBeCloseTo(-85.0511287798, 9);
  });

  it('puts Xuchang (113.85°E 34.03°N) inside zoom-10 tile 835/408', () => {
    const [w, s, e, n] = tileRangeBounds(10, 835, 835, 408, 408);
    expect(w).toBeLessThan(113.85);
    expect(e).toBeGreaterThan(113.85);
    expect(s).toBeLessThan(34.03);
    expect(n).toBeGreaterThan(34.03);
    expect(e - w).toBeCloseTo(360 / 1024, 12);
  });
});
