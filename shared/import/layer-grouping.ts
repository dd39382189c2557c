import type { ImportProblem } from './import-problem.ts';
import { baseNameOf, extensionOf, stemOf, type SourceFile } from './source-file.ts';
import { expandZip } from './zip-source.ts';
import { ImportError } from './import-problem.ts';

/** The parts of one shapefile found among the inputs (extensions matched case-insensitively). */
export interface ShapefileSource {
  readonly kind: 'shapefile';
  readonly name: string;
  /** The path of the .shp (or of the first part found), for messages. */
  readonly path: string;
  readonly shp?: Uint8Array;
  readonly shx?: Uint8Array;
  readonly dbf?: Uint8Array;
  readonly prj?: string;
  readonly cpg?: string;
}

export interface GeoJsonSource {
  readonly kind: 'geojson';
  readonly name: string;
  readonly path: string;
  readonly bytes: Uint8Array;
}

export type LayerSource = ShapefileSource | GeoJsonSource;

export interface GroupedSources {
  readonly layers: LayerSource[];
  readonly problems: ImportProblem[];
}

/** Extensions (lower case, no dot) of the files that make up one shapefile, sidecars included. */
export const SHAPEFILE_PARTS: ReadonlySet<string> = new Set(['shp', 'shx', 'dbf', 'prj', 'cpg', 'cst']);
const IGNORED = new Set(['sbn', 'sbx', 'qpj', 'xml', 'qmd', 'qml', 'mshp', 'qix', 'fix', 'atx', 'aih', 'ain', 'lock', 'txt', 'md']);

/**
 * Turns picked, dropped or folder files (zips expanded) into layers: shapefile parts
 * grouped by folder and name, GeoJSON files on their own. A zip that cannot be
 * read becomes a problem naming it; the other inputs still go through.
 */
export function groupSourceFiles(inputs: readonly SourceFile[]): GroupedSources {
  const problems: ImportProblem[] = [];
  const files: SourceFile[] = [];
  for (const input of inputs) {
    if (extensionOf(input.path) !== 'zip') {
      files.push(input);
      continue;
    }
    try {
      files.push(...expandZip(input));
    } catch (error) {
      if (error instanceof ImportError) problems.push(error.problem);
      else throw error;
    }
  }
  const groups = new Map<string, Map<string, SourceFile>>();
  const layers: LayerSource[] = [];
  const text = (bytes: Uint8Array) => new TextDecoder('utf-8').decode(bytes);
  for (const file of files) {
    const ext = extensionOf(file.path);
    if (ext === 'geojson' || ext === 'json') {
      layers.push({ kind: 'geojson', name: baseNameOf(file.path), path: file.path, bytes: file.bytes });
    } else if (SHAPEFILE_PARTS.has(ext)) {
      const key = stemOf(file.path).toLowerCase();
      const parts = groups.get(key) ?? new Map<string, SourceFile>();
      parts.set(ext, file);
      groups.set(key, parts);
    } else if (!IGNORED.has(ext)) {
      problems.push({ code: 'unsupported-file', file: file.path });
    }
  }
  for (const parts of groups.values()) {
    const any = (parts.get('shp') ?? parts.get('dbf') ?? [...parts.values()][0]) as SourceFile;
    const name = baseNameOf(any.path);
    if (!parts.has('shp')) {
      if (parts.has('dbf')) problems.push({ code: 'missing-shp', file: `${stemOf(any.path)}.shp` });
      continue;
    }
    layers.push({
      kind: 'shapefile', name, path: (parts.get('shp') as SourceFile).path,
      shp: parts.get('shp')?.bytes, shx: parts.get('shx')?.bytes, dbf: parts.get('dbf')?.bytes,
      prj: parts.has('prj') ? text((parts.get('prj') as SourceFile).bytes) : undefined,
      // GeoServer writes the code page to a .cst file instead of .cpg.
      cpg: parts.has('cpg') ? text((parts.get('cpg') as SourceFile).bytes) : parts.has('cst') ? text((parts.get('cst') as SourceFile).bytes) : undefined,
    });
  }
  if (layers.length === 0 && problems.length === 0) problems.push({ code: 'no-layers', file: inputs.map((f) => f.path).join(', ') || '—' });
  return { layers, problems };
}
