import { resolveCrs } from '../crs/crs-resolution.ts';
import { resolveDbfEncoding } from '../encoding/dbf-encoding.ts';
import { encodeFeatureChunk, type EncodedFeatureChunk } from '../model/feature-chunk-codec.ts';
import { recognizeFieldMapping } from '../model/parcel-fields.ts';
import { dbfRow, readDbf, type DbfValue } from '../shapefile/dbf-reader.ts';
import { ShapefileError } from '../shapefile/shapefile-error.ts';
import { hasZOrM } from '../shapefile/shape-types.ts';
import { readShp, type RecordRange, type ShpFile } from '../shapefile/shp-reader.ts';
import { assemblePolygonFeature, tableAttributeSource } from './feature-assembly.ts';
import { FeatureTotals, summarizeFeatures, type FeatureSummary } from './feature-totals.ts';
import { ImportError } from './import-problem.ts';
import type { ImportedFeature, ImportedLayer, ImportOptions } from './imported-layer.ts';
import { FEATURE_CHUNK_SIZE, type ImportedLayerPart } from './layer-part.ts';
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

/** Everything about a layer but its features and their totals. */
type LayerHead = Omit<ImportedLayer, 'features' | keyof FeatureSummary | 'skippedFeatures'>;

/** A shapefile layer read and resolved (encoding, CRS, fields), whose features are made on request. */
interface OpenedShapefile {
  readonly head: LayerHead;
  /** Makes every feature in record order, handing each kept one to `keep`; returns how many were skipped. */
  convert(keep: (feature: ImportedFeature) => void): number;
}

/**
 * Reads a shapefile layer completely: encoding, coordinate system, every feature
 * converted to CGCS2000 lon/lat with its ellipsoidal area and geometry issues.
 * Throws ImportError naming the file and the problem for unreadable input.
 */
export function importShapefile(source: ShapefileSource, options: ImportOptions = {}, range?: RecordRange): ImportedLayer {
  const opened = openShapefile(source, options, range);
  const features: ImportedFeature[] = [];
  const skippedFeatures = opened.convert((feature) => {
    features.push(feature);
  });
  return { ...opened.head, ...summarizeFeatures(features), skippedFeatures, features };
}

/**
 * Imports a shapefile layer (or a record range of it) straight into storage
 * chunks: the same result as encodeLayerPart(importShapefile(…)), but each
 * FEATURE_CHUNK_SIZE features are encoded as soon as they are made, so no
 * feature outlives its chunk (far less garbage-collector work on large layers).
 */
export function importShapefilePart(source: ShapefileSource, options: ImportOptions = {}, range?: RecordRange): ImportedLayerPart {
  const opened = openShapefile(source, options, range);
  const { attributeColumns, attributeColumnsOffset, ...head } = opened.head;
  const totals = new FeatureTotals();
  const chunks: EncodedFeatureChunk[] = [];
  let batch: ImportedFeature[] = [];
  const skippedFeatures = opened.convert((feature) => {
    totals.add(feature);
    batch.push(feature);
    if (batch.length === FEATURE_CHUNK_SIZE) {
      chunks.push(encodeFeatureChunk(batch, attributeColumns, attributeColumnsOffset));
      batch = [];
    }
  });
  if (batch.length > 0) chunks.push(encodeFeatureChunk(batch, attributeColumns, attributeColumnsOffset));
  return { summary: { ...head, ...totals.summary(), skippedFeatures }, chunks };
}

function openShapefile(source: ShapefileSource, options: ImportOptions, range?: RecordRange): OpenedShapefile {
  const { shp: shpBytes, dbf: dbfBytes } = source;
  if (!shpBytes) throw new ImportError({ code: 'missing-shp', file: source.path });
  let shp: ShpFile;
  let encoding: ReturnType<typeof resolveDbfEncoding>;
  let table: ReturnType<typeof readDbf>;
  try {
    shp = readShp(shpBytes, range);
    options.onProgress?.({ stage: 'reading', done: 0, total: shp.shapeCount });
    encoding = dbfBytes ? resolveDbfEncoding(dbfBytes, source.cpg, options.encoding) : { name: 'utf-8', source: 'detected' };
    table = dbfBytes ? readDbf(dbfBytes, encoding.name, range) : emptyTable(shp.recordCount, shp.shapeCount);
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
  const count = shp.shapeCount;
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
  const kind = shp.kind;
  const head: LayerHead = {
    name: source.name, path: source.path,
    geometryType: ({ polygon: 'Polygon', polyline: 'LineString', point: 'Point', multipoint: 'MultiPoint', null: 'Null' } as const)[kind],
    role: kind === 'polygon' ? 'parcels' : 'reference',
    featureCount: count,
    encoding,
    crs: {
      code: crs.code, name: crs.nameZh, nameEn: crs.nameEn, source: crs.source,
      needsConfirmation: crs.needsConfirmation, ...(crs.guess ? { reason: crs.guess.reason } : {}),
    },
    fields: table.fields.map((f) => ({ name: f.name, type: f.type })),
    fieldMapping,
    warnings,
    sample: Array.from({ length: Math.min(3, count) }, (_, i) => dbfRow(table, i)),
    attributeColumns: Object.fromEntries(table.fields.map((field, f) => [field.name, table.columns[f] as DbfValue[]])),
    attributeColumnsOffset: first,
  };
  const convert = (keep: (feature: ImportedFeature) => void): number => {
    // Every point converted in one call; each shape's parts are views of the result.
    const lonLat = crs.toLonLat ? crs.toLonLat(shp.coordinates) : null;
    const attributeSource = tableAttributeSource(table, first);
    let skipped = 0;
    for (let j = 0; j < count; j++) {
      if (j % PROGRESS_EVERY === 0) options.onProgress?.({ stage: 'converting', done: j, total: count });
      const i = first + j;
      const shape = lonLat ? shp.shapeAt(j, lonLat) : null;
      if (kind === 'polygon') {
        const feature = assemblePolygonFeature(i, shape?.kind === 'polygon' ? shape.parts : null, attributeSource, fieldMapping, options);
        if (feature) keep(feature);
        else skipped++;
      } else {
        const geometry = shape ? referenceGeometry(shape.kind, shape.parts) : null;
        keep({ sourceIndex: i, geometry, attributes: dbfRow(table, j), areaSquareMeters: 0, areaMismatch: false, issues: geometry ? [] : ['null-geometry'] });
      }
    }
    options.onProgress?.({ stage: 'converting', done: count, total: count });
    return skipped;
  };
  return { head, convert };
}

/** A geometry-only shapefile (no .dbf): every record has no attributes. */
function emptyTable(records: number, read: number): ReturnType<typeof readDbf> {
  return { fields: [], recordCount: records, languageDriverId: 0, columns: [], rows: Array.from({ length: read }, () => ({})) };
}

/** The source bbox from the header, or from the points when the header is unusable. */
function sourceBbox(shp: ShpFile): [number, number, number, number] {
  if (shp.bbox.every(Number.isFinite) && shp.bbox[0] <= shp.bbox[2] && shp.bbox[1] <= shp.bbox[3] && shp.bbox.some((v) => v !== 0)) {
    return shp.bbox;
  }
  let w = Infinity, s = Infinity, e = -Infinity, n = -Infinity;
  const points = shp.coordinates;
  for (let i = 0; i < points.length; i += 2) {
    const x = points[i] as number, y = points[i + 1] as number;
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    w = Math.min(w, x); e = Math.max(e, x); s = Math.min(s, y); n = Math.max(n, y);
  }
  return w === Infinity ? [0, 0, 0, 0] : [w, s, e, n];
}
