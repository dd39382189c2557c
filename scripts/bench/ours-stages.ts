// Our import taken apart: the steps importShapefile performs, each run over all
// records through the lower-level shared/ functions and timed on its own, so the
// profile shows where the time goes. Sum of stages ≈ importShapefile's total plus
// the encoding for storage (the app and "ours" encode while converting, chunk by chunk).
import { resolveCrs } from '../../shared/crs/crs-resolution.ts';
import { resolveDbfEncoding } from '../../shared/encoding/dbf-encoding.ts';
import { assemblePolygonFeature, tableAttributeSource } from '../../shared/import/feature-assembly.ts';
import { summarizeFeatures } from '../../shared/import/feature-totals.ts';
import { groupSourceFiles } from '../../shared/import/layer-grouping.ts';
import { encodeFeatureChunks } from '../../shared/import/layer-part.ts';
import { recognizeFieldMapping } from '../../shared/model/parcel-fields.ts';
import { readDbf, type DbfValue } from '../../shared/shapefile/dbf-reader.ts';
import { readShp } from '../../shared/shapefile/shp-reader.ts';
import { SHAPEFILE_PARTS, type BenchInput } from './bench-input.ts';
import type { RunOutcome } from './contenders.ts';
import { ENCODE_STAGE } from './report.ts';

export function runOursStages(input: BenchInput): RunOutcome {
  const stages: Record<string, number> = {};
  const stage = <T>(name: string, work: () => T): T => {
    const started = performance.now();
    const result = work();
    stages[name] = performance.now() - started;
    return result;
  };
  const files = SHAPEFILE_PARTS.map((part) => ({ path: input.paths[part], bytes: input.bytes[part] }));
  const source = stage('groupSourceFiles', () => groupSourceFiles(files)).layers[0];
  if (source?.kind !== 'shapefile' || !source.shp || !source.dbf) throw new Error('groupSourceFiles found no complete shapefile');
  const { shp: shpBytes, dbf: dbfBytes } = source;
  const shp = stage('readShp', () => readShp(shpBytes));
  const encoding = stage('resolveDbfEncoding (LDID)', () => resolveDbfEncoding(dbfBytes, source.cpg));
  const table = stage(`readDbf (${encoding.name})`, () => readDbf(dbfBytes, encoding.name));
  const crs = stage('resolveCrs (.prj) + field mapping', () => {
    recognizeFieldMapping(table.fields.map((f) => f.name));
    return resolveCrs({ prj: source.prj, bbox: shp.bbox });
  });
  const toLonLat = crs.toLonLat;
  if (!toLonLat) throw new Error(`no transform for the .prj (${crs.nameEn})`);
  const lonLat = stage('reproject to lon/lat (LonLatTransform)', () => toLonLat(shp.coordinates));
  // The per-feature assembly: geometry checks, ellipsoidal area, recorded-area comparison.
  const mapping = recognizeFieldMapping(table.fields.map((f) => f.name));
  const attributes = tableAttributeSource(table, 0);
  const features = stage('assemblePolygonFeature (checks + ellipsoidal area)', () =>
    Array.from({ length: shp.shapeCount }, (_, i) => assemblePolygonFeature(i, shp.shapeAt(i, lonLat)?.parts ?? null, attributes, mapping, {}))
      .filter((f) => f !== null));
  const summary = stage('summarizeFeatures', () => ({ features, ...summarizeFeatures(features) }));
  const columns = Object.fromEntries(table.fields.map((field, f) => [field.name, table.columns[f] as DbfValue[]]));
  stage(ENCODE_STAGE, () => encodeFeatureChunks(features, columns));
  return {
    features: summary.features.length,
    qlr: String(summary.features[input.probe.index]?.attributes.QLR),
    stages,
    notes: { encoding: `${encoding.name} (${encoding.source})`, crs: String(crs.code), invalidFeatures: summary.invalidFeatures },
  };
}
