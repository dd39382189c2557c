import { encodingFromCpg, encodingFromLdid } from '../encoding/code-page.ts';
import { projectionFromWkt } from '../crs/wkt-projection.ts';
import { createTransverseMercator } from '../geodesy/transverse-mercator.ts';
import type { ParcelGeometry } from '../model/geometry.ts';
import { readDbf, readDbfHeader, type DbfField, type DbfValue } from './dbf-reader.ts';
import { readShp } from './shp-reader.ts';
import { ShapefileError } from './shapefile-error.ts';
import { ringsToGeometry } from './polygon-rings.ts';

/** The parts of one shapefile layer, as bytes (prj and cpg as text). */
export interface ShapefileParts {
  readonly shp: Uint8Array;
  readonly dbf: Uint8Array;
  readonly prj?: string;
  readonly cpg?: string;
}

export interface LayerFeature {
  /** 0-based record index in the source file. */
  readonly sourceIndex: number;
  /** Polygon geometry in CGCS2000 lon/lat; null for null or non-polygon shapes. */
  readonly geometry: ParcelGeometry | null;
  readonly attributes: Record<string, DbfValue>;
}

export interface ShapefileLayer {
  readonly fields: DbfField[];
  readonly encoding: { readonly name: string; readonly source: 'cpg' | 'ldid' | 'default' };
  readonly features: LayerFeature[];
}

/**
 * Reads a polygon shapefile into CGCS2000 lon/lat features. Handles geographic
 * and transverse Mercator .prj files; other systems throw, so nothing is shown
 * in the wrong place.
 */
export function readShapefileLayer(parts: ShapefileParts): ShapefileLayer {
  const encoding = chooseEncoding(parts);
  const shp = readShp(parts.shp);
  const table = readDbf(parts.dbf, encoding.name);
  if (table.recordCount !== shp.shapes.length) {
    throw new ShapefileError(
      'record-count-mismatch', 'dbf',
      `the .shp file has ${shp.shapes.length} shapes but the .dbf file has ${table.recordCount} records`,
    );
  }
  const toLonLat = lonLatTransform(parts.prj);
  const features = shp.shapes.map((shape, sourceIndex): LayerFeature => {
    const geometry = shape && shape.kind === 'polygon' ? ringsToGeometry(shape.parts.map(toLonLat)) : null;
    return { sourceIndex, geometry, attributes: table.rows[sourceIndex] ?? {} };
  });
  return { fields: table.fields, encoding, features };
}

function chooseEncoding(parts: ShapefileParts): ShapefileLayer['encoding'] {
  const fromCpg = parts.cpg === undefined ? undefined : encodingFromCpg(parts.cpg);
  if (fromCpg) return { name: fromCpg, source: 'cpg' };
  const fromLdid = encodingFromLdid(readDbfHeader(parts.dbf).languageDriverId);
  if (fromLdid) return { name: fromLdid, source: 'ldid' };
  return { name: 'utf-8', source: 'default' };
}

function lonLatTransform(prj: string | undefined): (flat: Float64Array) => Float64Array {
  const projection = prj === undefined ? undefined : projectionFromWkt(prj);
  if (prj !== undefined && projection === undefined) {
    throw new ShapefileError('bad-header', 'shp', 'the .prj names a coordinate system this version cannot convert');
  }
  if (!projection || projection.kind === 'geographic') return (flat) => flat;
  const tm = createTransverseMercator(projection.params);
  return (flat) => {
    const out = new Float64Array(flat.length);
    for (let i = 0; i < flat.length; i += 2) {
      const [lon, lat] = tm.inverse(flat[i] as number, flat[i + 1] as number);
      out[i] = lon;
      out[i + 1] = lat;
    }
    return out;
  };
}
