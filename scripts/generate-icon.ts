// Draws build/icon.png (512×512): the app mark, four parcels on dark green.
import { writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';

const SIZE = 512;
const png = new PNG({ width: SIZE, height: SIZE });
const GREEN = [0x1f, 0x4e, 0x3d];
const ORANGE = [0xd9, 0x82, 0x2b];
const parcels = [[96, 112, 240, 240], [272, 112, 416, 304], [96, 272, 240, 400], [272, 336, 416, 400]];
for (let y = 0; y < SIZE; y++) {
  for (let x = 0; x < SIZE; x++) {
    const inParcel = parcels.some(([x0, y0, x1, y1]) => x >= (x0 as number) && x < (x1 as number) && y >= (y0 as number) && y < (y1 as number));
    const [r, g, b] = inParcel ? ORANGE : GREEN;
    const i = (y * SIZE + x) * 4;
    png.data[i] = r as number;
    png.data[i + 1] = g as number;
    png.data[i + 2] = b as number;
    png.data[i + 3] = 255;
  }
}
writeFileSync('build/icon.png', PNG.sync.write(png));
console.log('build/icon.png written');
