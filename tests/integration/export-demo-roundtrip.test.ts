import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDemoZip } from '../../scripts/generate-demo.ts';
import { signedAreaRelative } from '../../shared/export/shape-parts.ts';
import { runExportJob } from '../../shared/export/export-job.ts';
import { parcelExportInputsFromChunk } from '../../shared/export/parcel-export-inputs.ts';
import { importZip } from '../../shared/import/zip-import.ts';
import { encodeFeatureChunk } from '../../shared/model/feature-chunk-codec.ts';
import { readShp } from '../../shared/shapefile/shp-reader.ts';
import { ogrinfoLayer, ogrinfoUnavailableReason } from '../fixtures/ogrinfo.ts';

const unavailable = ogrinfoUnavailableReason();
if (unavailable) console.warn(`export-demo-roundtrip: skipped: ${unavailable}`);
const work = mkdtempSync(join(tmpdir(), 'parceldesk-demo-export-'));

function writeAll(files: Record<string, Uint8Array>): void {
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(work, name), bytes);
}

describe.skipIf(unavailable !== undefined)('demo project exported in its source system and read back by GDAL', () => {
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  const source = unzipSync(buildDemoZip());
  const [layer] = importZip('xuchang-demo.zip', buildDemoZip());
  const chunk = encodeFeatureChunk(layer!.features);
  const parcels = parcelExportInputsFromChunk(chunk, 'demo', layer!.fieldMapping, new Map());
  const file = runExportJob({ kind: 'parcelsShapefile', fileName: 'demo_export', parcels, crsCode: layer!.crs.code });
  const exported = unzipSync(file.bytes);

  it('keeps every parcel and every original value as GDAL reads them, in the source system EPSG:4547', () => {
    writeAll(source);
    writeAll(exported);
    const before = ogrinfoLayer(join(work, 'xuchang_parks_zd.shp'));
    const after = ogrinfoLayer(join(work, 'demo_export.shp'));
    expect(file.notes).toEqual([]);
    expect(after.srs).toMatch(/ID\["EPSG",4547\]\]$/);
    expect(after.featureCount).toBe(before.featureCount);
    expect(after.features).toHaveLength(before.featureCount);
    expect(Object.keys(before.features[0]!.values)).toEqual(expect.arrayContaining(['ZDDM', 'QLR', 'ZL', 'ZDMJ', 'GDSJ', 'YQMC']));
    const types = Object.fromEntries(before.fields.map((f) => [f.name, f.type]));
    after.features.forEach((feature, i) => {
      for (const [name, value] of Object.entries(before.features[i]!.values)) {
        const got = feature.values[name] ?? null;
        if (types[name] === 'Real' && value !== null) expect(Number(got)).toBe(Number(value));
        else expect(got).toBe(value);
      }
    });
  });

  it('writes the source coordinates back to within 1 mm, outer rings clockwise', () => {
    const original = readShp(source['xuchang_parks_zd.shp']!);
    const written = readShp(exported['demo_export.shp']!);
    expect(written.shapeCount).toBe(original.shapeCount);
    let worst = 0;
    written.shapes.forEach((shape, i) => {
      expect(signedAreaRelative(shape!.parts[0]!)).toBeLessThan(0);
      const from = original.shapes[i]!.parts.flatMap((part) => Array.from({ length: part.length / 2 }, (_, k) => [part[2 * k]!, part[2 * k + 1]!]));
      for (const part of shape!.parts) {
        for (let k = 0; k < part.length; k += 2) {
          worst = Math.max(worst, Math.min(...from.map(([x, y]) => Math.hypot(x! - part[k]!, y! - part[k + 1]!))));
        }
      }
    });
    expect(worst).toBeLessThan(0.001);
  });
});
