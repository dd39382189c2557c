import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, relative } from 'node:path';
import type { SourceFile } from '../shared/import/source-file.ts';
import { SHAPEFILE_PARTS } from '../shared/import/layer-grouping.ts';

function walk(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    return entry.isDirectory() ? walk(path) : entry.isFile() ? [path] : [];
  });
}

/**
 * Reads what a user names on the command line: a .shp (with its sibling parts,
 * any case), a .zip, a .geojson, or a folder (every file below it).
 * Throws with a one-line message when the path does not exist.
 */
export function readInput(path: string): SourceFile[] {
  let stats;
  try {
    stats = statSync(path);
  } catch {
    throw new Error(`${path}: no such file or folder`);
  }
  if (stats.isDirectory()) {
    return walk(path).map((file) => ({ path: relative(dirname(path), file).split('\\').join('/'), bytes: readFileSync(file) }));
  }
  if (extname(path).toLowerCase() === '.shp') {
    const stem = basename(path, extname(path)).toLowerCase();
    const folder = dirname(path);
    return readdirSync(folder)
      .filter((name) => basename(name, extname(name)).toLowerCase() === stem && SHAPEFILE_PARTS.has(extname(name).slice(1).toLowerCase()))
      .map((name) => ({ path: name, bytes: readFileSync(join(folder, name)) }));
  }
  return [{ path: basename(path), bytes: readFileSync(path) }];
}
