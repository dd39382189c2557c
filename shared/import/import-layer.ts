import { importGeoJson } from './geojson-import.ts';
import type { ImportedLayer, ImportOptions } from './imported-layer.ts';
import type { LayerSource } from './layer-grouping.ts';
import { importShapefile } from './shapefile-import.ts';

/** Imports one grouped layer, whatever its format. */
export function importLayer(source: LayerSource, options: ImportOptions = {}): ImportedLayer {
  return source.kind === 'shapefile' ? importShapefile(source, options) : importGeoJson(source, options);
}
