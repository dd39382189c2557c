import { chunkFeatureParts } from '../model/chunk-feature-parts.ts';
import type { EncodedFeatureChunk } from '../model/feature-chunk-codec.ts';
import { normalizeParkName, parkByAttribute, type ParkBoundary } from './park-assignment.ts';

/** Columns that usually hold a park's name in a boundary layer, most specific first. */
export const BOUNDARY_NAME_COLUMNS = ['YQMC', 'SSYQ', 'YQ', 'NAME', 'MC', 'MINGCHENG', '园区名称', '名称'] as const;

/** The column a park-boundary layer's names are read from by default (case-insensitive match); undefined when none is recognised. */
export function recognizeBoundaryNameColumn(columns: readonly string[]): string | undefined {
  for (const candidate of BOUNDARY_NAME_COLUMNS) {
    const found = columns.find((column) => column.trim().toUpperCase() === candidate);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * The park boundaries of a stored chunk of a park-boundary layer: one per
 * feature with a name in `nameColumn` and polygon geometry (lon/lat degrees,
 * CGCS2000), in chunk order, names as written (trimmed).
 */
export function parkBoundariesFromChunk(chunk: EncodedFeatureChunk, nameColumn: string): ParkBoundary[] {
  const names = chunk.columns[nameColumn];
  if (!names) return [];
  const parts = chunkFeatureParts(chunk);
  const out: ParkBoundary[] = [];
  for (let i = 0; i < chunk.count; i++) {
    const name = names[i];
    const featureParts = parts[i];
    if (typeof name !== 'string' || name.trim() === '' || !featureParts || featureParts.length === 0) continue;
    out.push({ parkName: name.trim(), parts: featureParts });
  }
  return out;
}

/**
 * The park a boundary's name stands for: the preset park it names (by name or
 * alias, via parkNameIndex), else the name itself (a park the preset lacks,
 * spaces removed, brackets half-width).
 */
export function boundaryParkName(name: string, index: ReadonlyMap<string, string>): string {
  return parkByAttribute(name, index) ?? normalizeParkName(name);
}
