// The ledger e2e's input: the importer benchmark's generated parcels as one zip the
// app's import dialog reads, plus the rows the app should list for them, worked out in
// this process with the same shared reader (so the test computes what it expects).
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { importShapefile } from '../../shared/import/shapefile-import.ts';
import { parcelRow, type ParcelRow } from '../../shared/survey/parcel-rows.ts';
import { sourceCardValues } from '../../shared/survey/source-values.ts';
import { BENCH_LAYER_NAME, generateBenchParcels } from '../bench/generate-bench-parcels.ts';

export interface BenchParcelsZip {
  readonly zipPath: string;
  /** In the order of the source records (the app's ledger order before sorting). */
  readonly rows: readonly ParcelRow[];
  /** Removes the temporary folder. */
  remove(): void;
}

/** Writes `count` generated parcels as `<tmp>/bench_parcels.zip` and reads them back as rows. */
export function writeBenchParcelsZip(count: number): BenchParcelsZip {
  const generated = generateBenchParcels(count);
  const { bytes } = generated;
  const zipPath = join(generated.dir, `${BENCH_LAYER_NAME}.zip`);
  writeFileSync(zipPath, zipSync(Object.fromEntries(Object.entries(bytes).map(([ext, b]) => [`${BENCH_LAYER_NAME}.${ext}`, b])), { level: 1 }));
  const layer = importShapefile({
    kind: 'shapefile', name: BENCH_LAYER_NAME, path: `${BENCH_LAYER_NAME}.shp`,
    shp: bytes.shp, shx: bytes.shx, dbf: bytes.dbf, prj: new TextDecoder().decode(bytes.prj),
  });
  const rows = layer.features.filter((f) => f.geometry !== null).map((f) => parcelRow(
    String(f.sourceIndex), BENCH_LAYER_NAME, sourceCardValues(f.attributes, layer.fieldMapping), f.areaSquareMeters, [0, 0, 0, 0],
  ));
  return { zipPath, rows, remove: () => rmSync(generated.dir, { recursive: true, force: true }) };
}

