import { groupSourceFiles } from './layer-grouping.ts';
import { importLayer } from './import-layer.ts';
import type { ImportedLayer, ImportOptions } from './imported-layer.ts';
import { ImportError } from './import-problem.ts';

/** Imports every layer of one zip (e.g. the demo project) through the real importer. */
export function importZip(path: string, bytes: Uint8Array, options: ImportOptions = {}): ImportedLayer[] {
  const grouped = groupSourceFiles([{ path, bytes }]);
  const [problem] = grouped.problems;
  if (problem) throw new ImportError(problem);
  return grouped.layers.map((layer) => importLayer(layer, options));
}
