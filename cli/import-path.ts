import { importLayer } from '../shared/import/import-layer.ts';
import type { ImportedLayer, ImportOptions } from '../shared/import/imported-layer.ts';
import { ImportError, type ImportProblem } from '../shared/import/import-problem.ts';
import { groupSourceFiles } from '../shared/import/layer-grouping.ts';
import { readInput } from './read-input.ts';

export interface PathImport {
  readonly layers: ImportedLayer[];
  readonly problems: ImportProblem[];
}

/** Imports every layer found at a path (.shp, .zip, .geojson or folder); problems name their files. */
export function importFromPath(path: string, options: ImportOptions = {}): PathImport {
  const grouped = groupSourceFiles(readInput(path));
  const problems: ImportProblem[] = [...grouped.problems];
  const layers: ImportedLayer[] = [];
  for (const source of grouped.layers) {
    try {
      layers.push(importLayer(source, options));
    } catch (error) {
      if (!(error instanceof ImportError)) throw error;
      problems.push(error.problem);
    }
  }
  return { layers, problems };
}
