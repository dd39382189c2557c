import { zipSync } from 'fflate';
import type { DbfValue } from '../shapefile/dbf-reader.ts';
import { writeDbfTable } from '../shapefile/dbf-table-writer.ts';
import { writeShpRecords, type ShapeKind, type ShpRecordParts } from '../shapefile/shp-record-writer.ts';
import { dbfFieldsFor, type DbfExportField, type ExportColumn } from './dbf-field-schema.ts';
import { exportCrs, type ExportCrs } from './export-crs.ts';
import { forEachInChunks, type ExportProgressCallback } from './export-progress.ts';
import { shapeKindOf, shapeParts, type ExportGeometry } from './shape-parts.ts';

/** One feature to write: CGCS2000 lon/lat geometry (or none) and its attribute values by column key. */
export interface ShapefileExportFeature {
  readonly geometry: ExportGeometry | null;
  readonly properties: Readonly<Record<string, DbfValue>>;
}

export interface ShapefileExportOptions {
  /** File name without extension, e.g. '闲置土地'; suffixed by kind when features mix polygons, lines and points. */
  readonly baseName: string;
  /** Columns in DBF order (keys of `properties`). */
  readonly columns: readonly ExportColumn[];
  /** Output system as "EPSG:n": the layer's source system, 'EPSG:4490', or a Gauss-Krüger zone; EPSG:4490 when null. */
  readonly crsCode?: string | null;
  /** DBF header date; today when absent. */
  readonly date?: { readonly year: number; readonly month: number; readonly day: number };
  readonly onProgress?: ExportProgressCallback;
}

/** The five files of one shapefile layer, by extension. */
export interface ShapefileLayerFiles {
  readonly baseName: string;
  readonly kind: ShapeKind;
  readonly featureCount: number;
  readonly fields: readonly DbfExportField[];
  readonly crs: ExportCrs;
  readonly files: { readonly shp: Uint8Array; readonly shx: Uint8Array; readonly dbf: Uint8Array; readonly prj: Uint8Array; readonly cpg: Uint8Array };
}

const KIND_SUFFIX: Readonly<Record<ShapeKind, string>> = { polygon: '面', polyline: '线', point: '点', multipoint: '点' };
const KIND_ORDER: readonly ShapeKind[] = ['polygon', 'polyline', 'point', 'multipoint'];

/**
 * Writes features as shapefile layers: .shp/.shx in the chosen system, .dbf in GBK
 * (LDID 0x4D) with `.cpg` = "GBK", `.prj` as ESRI WKT. A shapefile holds one shape
 * kind, so polygons, lines and points go to separate layers (`<name>_面/线/点`);
 * points become a multipoint layer when any feature is a MultiPoint. Features
 * without geometry are kept as null shapes in the first layer.
 */
export function writeShapefileLayers(features: readonly ShapefileExportFeature[], options: ShapefileExportOptions): ShapefileLayerFiles[] {
  const crs = exportCrs(options.crsCode);
  const groups = groupByKind(features);
  return groups.map(([kind, members]) => {
    const baseName = groups.length > 1 ? `${options.baseName}_${KIND_SUFFIX[kind]}` : options.baseName;
    const records: ShpRecordParts[] = new Array(members.length);
    forEachInChunks(members.length, 'geometry', (i) => {
      const geometry = (members[i] as ShapefileExportFeature).geometry;
      records[i] = geometry ? shapeParts(geometry, crs.fromLonLat) : null;
    }, options.onProgress);
    const { shp, shx } = writeShpRecords(kind, records);
    const rows = members.map((feature) => feature.properties);
    const fields = dbfFieldsFor(options.columns, rows);
    const dbf = writeDbfTable(fields, rows, { date: options.date ?? today(), onProgress: options.onProgress });
    const text = new TextEncoder();
    return {
      baseName, kind, featureCount: members.length, fields, crs,
      files: { shp, shx, dbf, prj: text.encode(crs.prj), cpg: text.encode('GBK') },
    };
  });
}

/**
 * Zips shapefile layers (entries `<baseName>.shp` …, UTF-8 names flagged as such)
 * for one download. `mtime` fixes the entries' time for reproducible output.
 */
export function zipShapefileLayers(layers: readonly ShapefileLayerFiles[], mtime?: Date): Uint8Array {
  const entries: Record<string, Uint8Array> = {};
  for (const layer of layers) {
    for (const [extension, bytes] of Object.entries(layer.files)) entries[`${layer.baseName}.${extension}`] = bytes;
  }
  return zipSync(entries, { level: 1, ...(mtime ? { mtime } : {}) });
}

function groupByKind(features: readonly ShapefileExportFeature[]): [ShapeKind, ShapefileExportFeature[]][] {
  const hasMultipoint = features.some((f) => f.geometry?.type === 'MultiPoint');
  const kindOf = (feature: ShapefileExportFeature): ShapeKind | undefined => {
    if (!feature.geometry) return undefined;
    const kind = shapeKindOf(feature.geometry);
    return kind === 'point' && hasMultipoint ? 'multipoint' : kind;
  };
  const present = new Set(features.map(kindOf).filter((kind) => kind !== undefined));
  const kinds = KIND_ORDER.filter((kind) => present.has(kind));
  const first = kinds[0] ?? 'polygon';
  const byKind = new Map<ShapeKind, ShapefileExportFeature[]>([[first, []], ...kinds.map((kind) => [kind, []] as [ShapeKind, ShapefileExportFeature[]])]);
  // Features keep their order; those without geometry stay in place within the first layer.
  for (const feature of features) byKind.get(kindOf(feature) ?? first)?.push(feature);
  return [...byKind.entries()];
}

function today(): { year: number; month: number; day: number } {
  const now = new Date();
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}
