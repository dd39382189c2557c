import { importGeoJson } from './geojson-import.ts';
import type { ImportedLayer, ImportOptions } from './imported-layer.ts';
import { encodeLayerPart, type ImportedLayerPart } from './layer-part.ts';
import type { LayerSource } from './layer-grouping.ts';
import { importShapefile, importShapefilePart } from './shapefile-import.ts';

/** Imports one grouped layer, whatever its format. */
export function importLayer(source: LayerSource, options: ImportOptions = {}): ImportedLayer {
  return source.kind === 'shapefile' ? importShapefile(source, options) : importGeoJson(source, options);
}

/** Imports one grouped layer, whatever its format, encoded for storage (shapefiles chunk by chunk as they convert). */
export function importLayerPart(source: LayerSource, options: ImportOptions = {}): ImportedLayerPart {
  return source.kind === 'shapefile' ? importShapefilePart(source, options) : encodeLayerPart(importGeoJson(source, options));
}
