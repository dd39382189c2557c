import { PARCEL_CLASSES } from '../survey/card-enums.ts';
import { parcelRow } from '../survey/parcel-rows.ts';
import type { FieldValue } from '../survey/field-value.ts';
import { mappedCardColumns, putSourceValue } from '../survey/source-values.ts';
import type { DbfValue } from '../shapefile/dbf-reader.ts';
import { chunkParcelId, GEOMETRY_TYPES, type EncodedFeatureChunk } from './feature-chunk-codec.ts';
import type { BboxLonLat } from './geometry.ts';
import { recognizeFieldMapping, type FieldMapping } from './parcel-fields.ts';

/**
 * Version of the display GeoJSON's content. Stored display Blobs of another
 * version are rebuilt from the chunks when a project opens.
 * 1: geometry and parcel id. 2: adds parcel code, landholder and source class.
 */
export const DISPLAY_GEOJSON_VERSION = 2;

const NO_BBOX: BboxLonLat = [0, 0, 0, 0];
const KNOWN_CLASSES = new Set<string>(PARCEL_CLASSES);

/** Degrees to 7 decimals (about 1 cm): plenty to draw, half the text of full doubles. */
function coordinate(value: number): string {
  return String(Math.round(value * 1e7) / 1e7);
}

/**
 * The label and style properties of one feature, as JSON members after the id:
 * `code` (parcel code), `holder` (landholder) and `class` (the parcel class its
 * source values give, before any edit). Empty values and the class 'unsurveyed'
 * are left out to keep the text small.
 */
function labelMembers(index: number, layerId: string, columns: readonly (readonly [string, DbfValue[]])[]): string {
  const values: Record<string, FieldValue> = {};
  for (const [key, column] of columns) putSourceValue(values, key, column[index]);
  const row = parcelRow('', layerId, values, 0, NO_BBOX);
  let out = '';
  if (row.parcelCode) out += `,"code":${JSON.stringify(row.parcelCode)}`;
  if (row.landholder) out += `,"holder":${JSON.stringify(row.landholder)}`;
  if (row.parcelClass !== 'unsurveyed' && KNOWN_CLASSES.has(row.parcelClass)) out += `,"class":"${row.parcelClass}"`;
  return out;
}

/**
 * The GeoJSON text the map draws for a layer: geometry (lon/lat degrees,
 * CGCS2000, to 1 cm), the parcel id and the label/style properties of
 * {@link labelMembers}, written straight from the chunks' typed arrays. Built
 * once when a layer is stored, kept as a Blob and handed to MapLibre by URL, so
 * its worker parses it and the page decodes no features to open a project.
 * `mapping` names the source columns (recognised from the columns when absent).
 */
export function displayGeoJsonText(chunks: readonly EncodedFeatureChunk[], layerId: string, mapping?: FieldMapping): string {
  const out: string[] = ['{"type":"FeatureCollection","features":['];
  let first = true;
  for (const chunk of chunks) {
    const chunkMapping = mapping ?? recognizeFieldMapping(Object.keys(chunk.columns));
    // The card fields' source columns, looked up once per chunk (as parcelRowsFromChunk does).
    const columns = mappedCardColumns(chunkMapping).flatMap(([key, name]) => (chunk.columns[name] ? [[key, chunk.columns[name]] as const] : []));
    let partAt = 0, ringAt = 0, coordAt = 0;
    for (let i = 0; i < chunk.count; i++) {
      const type = GEOMETRY_TYPES[chunk.geometryType[i] as number] ?? null;
      const parts: string[] = [];
      const partCount = chunk.partCounts[i] as number;
      for (let p = 0; p < partCount; p++) {
        const rings: string[] = [];
        const ringCount = chunk.ringCounts[partAt++] as number;
        for (let r = 0; r < ringCount; r++) {
          const points: string[] = [];
          const pointCount = chunk.pointCounts[ringAt++] as number;
          for (let k = 0; k < pointCount; k++, coordAt += 2) {
            points.push(`[${coordinate(chunk.coordinates[coordAt] as number)},${coordinate(chunk.coordinates[coordAt + 1] as number)}]`);
          }
          rings.push(points.join(','));
        }
        parts.push(rings.map((ring) => `[${ring}]`).join(','));
      }
      if (!type || partCount === 0) continue;
      const coordinates =
        type === 'Polygon' ? `[${parts[0]}]`
        : type === 'MultiPolygon' ? `[${parts.map((p) => `[${p}]`).join(',')}]`
        : type === 'Point' ? (parts[0] ?? '').slice(1, -1)
        : type === 'MultiPoint' || type === 'LineString' ? (parts[0] ?? '')
        : `[${parts.join(',')}]`;
      const parcelId = chunkParcelId(chunk, i, layerId);
      const members = labelMembers(i, layerId, columns);
      out.push(`${first ? '' : ','}{"type":"Feature","properties":{"parcelId":${JSON.stringify(parcelId)}${members}},"geometry":{"type":"${type}","coordinates":${coordinates}}}`);
      first = false;
    }
  }
  out.push(']}');
  return out.join('');
}
