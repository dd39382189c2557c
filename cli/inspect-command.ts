import type { ImportedLayer } from '../shared/import/imported-layer.ts';
import { describeProblem } from '../shared/import/import-messages.ts';
import { importFromPath, type PathImport } from './import-path.ts';

export interface InspectOptions {
  readonly path: string;
  readonly encoding?: string;
  readonly crs?: string;
}

/** The JSON the CLI prints for one layer (the preview, without the features). */
function layerSummary(layer: ImportedLayer) {
  return {
    name: layer.name,
    geometryType: layer.geometryType,
    featureCount: layer.featureCount,
    encoding: layer.encoding,
    crs: { code: layer.crs.code, name: layer.crs.nameEn, source: layer.crs.source, needsConfirmation: layer.crs.needsConfirmation },
    fields: layer.fields,
    bboxLonLat: layer.bboxLonLat,
    areaSquareMeters: Math.round(layer.areaSquareMeters * 100) / 100,
    areaMu: Math.round(layer.areaMu * 10000) / 10000,
    invalidFeatures: layer.invalidFeatures,
    warnings: layer.warnings,
    sample: layer.sample,
  };
}

/** Runs `inspect`: returns the exit code; writes JSON to stdout, one line per failure to stderr. */
export function runInspect(options: InspectOptions, out: (text: string) => void, err: (text: string) => void): number {
  let result: PathImport;
  try {
    result = importFromPath(options.path, { encoding: options.encoding, crsCode: options.crs });
  } catch (error) {
    err(error instanceof Error ? error.message : String(error));
    return 1;
  }
  const { layers, problems } = result;
  if (layers.length === 0) {
    err(problems.map((p) => describeProblem(p, 'en')).join('; ') || `${options.path}: nothing to import`);
    return 1;
  }
  out(JSON.stringify({ layers: layers.map(layerSummary), problems: problems.map((p) => ({ ...p, message: describeProblem(p, 'en') })) }, null, 2));
  return 0;
}
