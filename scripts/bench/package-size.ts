// Package size for the benchmark parcels: a whole-project package (layer
// snapshot as CGCS2000 lon/lat GeoJSON, every attribute, signed) made by the
// CLI's `pack`, against the source shapefile zipped as users send it (deflate
// level 6, the default of zip tools). Used by sync-bench.ts.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { runPack } from '../../cli/pack-command.ts';
import { readPackage } from '../../shared/package/package-reader.ts';
import { snapshotFeatures } from '../../shared/package/snapshot-features.ts';
import { SHAPEFILE_PARTS } from './bench-input.ts';
import { BENCH_LAYER_NAME, generateBenchParcels } from './generate-bench-parcels.ts';

export interface PackageSizeResult {
  readonly parcels: number;
  /** .shp + .shx + .dbf + .prj, uncompressed. */
  readonly shapefileBytes: number;
  readonly zippedShapefileBytes: number;
  readonly packageBytes: number;
  /** packageBytes ÷ zippedShapefileBytes. */
  readonly ratioToZippedShapefile: number;
  readonly packMs: number;
  /** The package read back in full (signature, checksums, limits) with every parcel in its snapshot. */
  readonly verified: boolean;
}

/** Generates `parcels` benchmark parcels, zips the shapefile, packs the folder and compares sizes. */
export async function measurePackageSize(parcels: number): Promise<PackageSizeResult> {
  const source = generateBenchParcels(parcels);
  try {
    const zipped = zipSync(Object.fromEntries(SHAPEFILE_PARTS.map((part) => [`${BENCH_LAYER_NAME}.${part}`, source.bytes[part]])), { level: 6 });
    const out = join(source.dir, 'bench.pdpkg');
    const errors: string[] = [];
    const started = performance.now();
    const code = await runPack({ source: source.paths.shp, out, keyFile: join(source.dir, 'device-key.json') }, () => undefined, (text) => errors.push(text));
    const packMs = performance.now() - started;
    if (code !== 0) throw new Error(`pack failed: ${errors.join('; ')}`);
    const packageBytes = readFileSync(out);
    const read = await readPackage(packageBytes);
    const shapefileBytes = SHAPEFILE_PARTS.reduce((n, part) => n + source.bytes[part].length, 0);
    return {
      parcels, shapefileBytes, zippedShapefileBytes: zipped.length, packageBytes: packageBytes.length,
      ratioToZippedShapefile: Math.round((packageBytes.length / zipped.length) * 1000) / 1000,
      packMs: Math.round(packMs),
      verified: read.ok && read.value.layers.reduce((n, layer, i) => n + snapshotFeatures(layer.geojsonText, `layer ${i}`).length, 0) === parcels,
    };
  } finally {
    rmSync(source.dir, { recursive: true, force: true });
  }
}
