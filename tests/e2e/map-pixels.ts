import { PNG } from 'pngjs';

/** Counts pixels of a PNG screenshot that are close to an RGB colour (max channel difference `tolerance`). */
export function countPixelsNear(png: Buffer, rgb: [number, number, number], tolerance = 40): number {
  const image = PNG.sync.read(png);
  let count = 0;
  for (let i = 0; i < image.data.length; i += 4) {
    const dr = Math.abs((image.data[i] as number) - rgb[0]);
    const dg = Math.abs((image.data[i + 1] as number) - rgb[1]);
    const db = Math.abs((image.data[i + 2] as number) - rgb[2]);
    if (Math.max(dr, dg, db) <= tolerance) count++;
  }
  return count;
}

/** Number of distinct colours in a PNG, a cheap "is anything drawn" measure. */
export function distinctColours(png: Buffer): number {
  const image = PNG.sync.read(png);
  const seen = new Set<number>();
  for (let i = 0; i < image.data.length; i += 4) {
    seen.add(((image.data[i] as number) << 16) | ((image.data[i + 1] as number) << 8) | (image.data[i + 2] as number));
  }
  return seen.size;
}

/** Pixels whose red exceeds blue by more than 60: the orange-brown of parcels, never the background or UI grey. */
export function countWarmPixels(png: Buffer): number {
  const image = PNG.sync.read(png);
  let count = 0;
  for (let i = 0; i < image.data.length; i += 4) {
    if ((image.data[i] as number) - (image.data[i + 2] as number) > 60) count++;
  }
  return count;
}
