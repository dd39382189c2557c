import { decodeFeatureChunk, type EncodedFeatureChunk } from './feature-chunk-codec.ts';

/**
 * The GeoJSON text the map draws for a layer: geometry and the parcel id only.
 * Built once when a layer is stored, kept as a Blob, and handed to MapLibre by
 * URL, so its worker parses it and the page never decodes 100k features to open
 * a project.
 */
export function displayGeoJsonText(chunks: readonly EncodedFeatureChunk[], layerId: string): string {
  const parts: string[] = ['{"type":"FeatureCollection","features":['];
  let first = true;
  for (const chunk of chunks) {
    for (const feature of decodeFeatureChunk(chunk, layerId)) {
      if (!feature.geometry) continue;
      parts.push(`${first ? '' : ','}{"type":"Feature","properties":{"parcelId":${JSON.stringify(feature.parcelId)}},"geometry":${JSON.stringify(feature.geometry)}}`);
      first = false;
    }
  }
  parts.push(']}');
  return parts.join('');
}
