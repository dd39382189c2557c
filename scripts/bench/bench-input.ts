// The benchmark's input as the parent hands it to each contender's child process:
// a manifest next to the generated files, read back byte for byte.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchShapefile } from './generate-bench-parcels.ts';

export const SHAPEFILE_PARTS = ['shp', 'shx', 'dbf', 'prj'] as const;
export type ShapefilePart = (typeof SHAPEFILE_PARTS)[number];

/** A record whose decoded landholder (QLR) every contender is checked against. */
export interface ProbeRecord {
  readonly index: number;
  readonly qlr: string;
}

export interface BenchManifest {
  readonly parcels: number;
  readonly paths: Record<ShapefilePart, string>;
  readonly probe: ProbeRecord;
}

/** The files every contender reads, as Node Buffers (Uint8Array views), plus what to check. */
export interface BenchInput extends BenchManifest {
  readonly bytes: Record<ShapefilePart, Buffer>;
  readonly prjText: string;
}

/** Writes the manifest into the shapefile's folder and returns its path. */
export function writeManifest(shapefile: BenchShapefile): string {
  const manifest: BenchManifest = { parcels: shapefile.parcels, paths: shapefile.paths, probe: shapefile.probe };
  const path = join(shapefile.dir, 'manifest.json');
  writeFileSync(path, JSON.stringify(manifest, null, 2));
  return path;
}

export function readBenchInput(manifestPath: string): BenchInput {
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as BenchManifest;
  const bytes = Object.fromEntries(SHAPEFILE_PARTS.map((part) => [part, readFileSync(manifest.paths[part])])) as Record<ShapefilePart, Buffer>;
  return { ...manifest, bytes, prjText: bytes.prj.toString('utf8') };
}
