import { resolveCrs } from '../crs/crs-resolution.ts';
import { resolveDbfEncoding } from '../encoding/dbf-encoding.ts';
import { recognizeFieldMapping } from '../model/parcel-fields.ts';
import { dbfRow, readDbf, type DbfValue } from '../shapefile/dbf-reader.ts';
import { ShapefileError } from '../shapefile/shapefile-error.ts';
import { hasZOrM } from '../shapefile/shape-types.ts';
import { readShp, type RecordRange, type ShpFile } from '../shapefile/shp-reader.ts';
import { assemblePolygonFeature, summarizeFeatures, tableAttributeSource } from './feature-assembly.ts';
import { ImportError } from './import-problem.ts';
import type { ImportedFeature, ImportedLayer, ImportOptions } from './imported-layer.ts';
import type { ShapefileSource } from './layer-grouping.ts';
import { referenceGeometry } from './reference-geometry.ts';

const PROGRESS_EVERY = 5000;

function asImportError(error: unknown, source: ShapefileSource): never {
  if (error instanceof ShapefileError) {
    const file = source.path.replace(/\.shp$/i, `.${error.part}`);
    throw new ImportError({ code: error.code, file, detail: error.message });
  }
  throw error;
}

/**
 * Reads a shapefile layer completely: encoding, coordinate system, every feature
 * converted to CGCS2000 lon/lat with its ellipsoidal area and geometry issues.
 * Throws ImportError naming the file and the problem for unreadable input.
 */
export function importShapefile(source: ShapefileSource, options: ImportOptions = {}, range?: RecordRange): ImportedLayer {
  const { shp: shpBytes, dbf: dbfBytes } = source;
  if (!shpBytes) throw new ImportError({ code: 'missing-shp', file: source.path });
  let shp: ShpFile;
  let encoding: ReturnType<typeof resolveDbfEncoding>;
  let table: ReturnType<typeof readDbf>;
  try {
    shp = readShp(shpBytes, range);
    options.onProgress?.({ stage: 'reading', done: 0, total: shp.shapes.length });
    encoding = dbfBytes ? resolveDbfEncoding(dbfBytes, source.cpg, options.encoding) : { name: 'utf-8', source: 'detected' };
    table = dbfBytes ? readDbf(dbfBytes, encoding.name, range) : emptyTable(shp.recordCount, shp.shapes.length);
  } catch (error) {
    asImportError(error, source);
  }
  if (table.recordCount !== shp.recordCount) {
    throw new ImportError({
      code: 'record-count-mismatch', file: source.path,
      detail: `${shp.recordCount} shapes in the .shp, ${table.recordCount} records in the .dbf`,
    });
  }
  const first = shp.firstRecord;
  const warnings: string[] = [];
  if (!source.shx) warnings.push('shx-missing');
  if (!dbfBytes) warnings.push('dbf-missing');
  if (hasZOrM(shp.shapeType)) warnings.push('z-m-dropped');
  const crs = resolveCrs({
    prj: source.prj, bbox: sourceBbox(shp), userCode: options.crsCode,
    defaultCentralMeridianDegrees: options.defaultCentralMeridianDegrees,
  });
  warnings.push(...crs.notes);
  if (crs.needsConfirmation) warnings.push('crs-needs-confirmation');
  const fieldNames = table.fields.map((f) => f.name);
  const fieldMapping = options.fieldMapping ?? recognizeFieldMapping(fieldNames);
  const kind = shp.shapes.find((shape) => shape)?.kind ?? 'null';
  const features: ImportedFeature[] = [];
  let skipped = 0;
  const toLonLat = crs.toLonLat;
  const attributeSource = tableAttributeSource(table, first);
  for (let j = 0; j < shp.shapes.length; j++) {
    if (j % PROGRESS_EVERY === 0) options.onProgress?.({ stage: 'converting', done: j, total: shp.shapes.length });
    const i = first + j;
    const shape = shp.shapes[j] ?? null;
    const parts = shape && toLonLat ? shape.parts.map(toLonLat) : null;
    if (kind === 'polygon') {
      const feature = assemblePolygonFeature(i, shape?.kind === 'polygon' ? parts : null, attributeSource, fieldMapping, options);
      if (feature) features.push(feature);
      else skipped++;
    } else {
      const geometry = shape && parts ? referenceGeometry(shape.kind, parts) : null;
      features.push({ sourceIndex: i, geometry, attributes: dbfRow(table, j), areaSquareMeters: 0, areaMismatch: false, issues: geometry ? [] : ['null-geometry'] });
    }
  }
  options.onProgress?.({ stage: 'converting', done: shp.shapes.length, total: shp.shapes.length });
  return {
    name: source.name, path: source.path,
    geometryType: ({ polygon: 'Polygon', polyline: 'LineString', point: 'Point', multipoint: 'MultiPoint', null: 'Null' } as const)[kind],
    role: kind === 'polygon' ? 'parcels' : 'reference',
    featureCount: shp.shapes.length,
    encoding,
    crs: {
      code: crs.code, name: crs.nameZh, nameEn: crs.nameEn, source: crs.source,
      needsConfirmation: crs.needsConfirmation, ...(crs.guess ? { reason: crs.guess.reason } : {}),
    },
    fields: table.fields.map((f) => ({ name: f.name, type: f.type })),
    fieldMapping,
    ...summarizeFeatures(features),
    skippedFeatures: skipped,
    warnings,
    sample: Array.from({ length: Math.min(3, shp.shapes.length) }, (_, i) => dbfRow(table, i)),
    features,
    attributeColumns: Object.fromEntries(table.fields.map((field, f) => [field.name, table.columns[f] as DbfValue[]])),
    attributeColumnsOffset: first,
  };
}

/** A geometry-only shapefile (no .dbf): every record has no attributes. */
function emptyTable(records: number, read: number): ReturnType<typeof readDbf> {
  return { fields: [], recordCount: records, languageDriverId: 0, columns: [], rows: Array.from({ length: read }, () => ({})) };
}

/** The source bbox from the header, or from the shapes when the header is unusable. */
function sourceBbox(shp: ShpFile): [number, number, number, number] {
  if (shp.bbox.every(Number.isFinite) && shp.bbox[0] <= shp.bbox[2] && shp.bbox[1] <= shp.bbox[3] && shp.bbox.some((v) => v !== 0)) {
    return shp.bbox;
  }
  let w = Infinity, s = Infinity, e = -Infinity, n = -Infinity;
  for (const shape of shp.shapes) {
    for (const part of shape?.parts ?? []) {
      for (let i = 0; i < part.length; i += 2) {
        const x = part[i] as number, y = part[i + 1] as number;
        if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
        w = Math.min(w, x); e = Math.max(e, x); s = Math.min(s, y); n = Math.max(n, y);
      }
    }
  }
  return w === Infinity ? [0, 0, 0, 0] : [w, s, e, n];
}
