import type { EncodedFeatureChunk } from './feature-chunk-codec.ts';

const GEOMETRY_NAMES = [null, 'Polygon', 'MultiPolygon', 'Point', 'MultiPoint', 'LineString', 'MultiLineString'] as const;

/** Degrees to 7 decimals (about 1 cm): plenty to draw, half the text of full doubles. */
function coordinate(value: number): string {
  return String(Math.round(value * 1e7) / 1e7);
}

/**
 * The GeoJSON text the map draws for a layer: geometry (to 1 cm) and the parcel
 * id only, written straight from the chunks' typed arrays. Built once when a
 * layer is stored, kept as a Blob and handed to MapLibre by URL, so its worker
 * parses it and the page decodes no features to open a project.
 */
export function displayGeoJsonText(chunks: readonly EncodedFeatureChunk[], layerId: string): string {
  const out: string[] = ['{"type":"FeatureCollection","features":['];
  let first = true;
  for (const chunk of chunks) {
    let partAt = 0, ringAt = 0, coordAt = 0;
    for (let i = 0; i < chunk.count; i++) {
      const type = GEOMETRY_NAMES[chunk.geometryType[i] as number] ?? null;
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
      const parcelId = chunk.parcelIds?.[i] ?? `${layerId}:${chunk.sourceIndex[i]}`;
      out.push(`${first ? '' : ','}{"type":"Feature","properties":{"parcelId":${JSON.stringify(parcelId)}},"geometry":{"type":"${type}","coordinates":${coordinates}}}`);
      first = false;
    }
  }
  out.push(']}');
  return out.join('');
}
