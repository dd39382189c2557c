import { PbfWriter } from './pbf-writer.ts';

/** One feature of a vector tile layer: geometry commands and string properties. */
export interface MvtFeature {
  readonly type: 1 | 2 | 3;
  readonly commands: readonly number[];
  readonly properties: Readonly<Record<string, string>>;
}

/** One named layer of a tile. */
export interface MvtLayer {
  readonly name: string;
  readonly features: readonly MvtFeature[];
}

/**
 * A Mapbox Vector Tile (spec 2.1) of `layers` whose geometry is already in
 * tile units of `extent`; each layer shares property keys and values across
 * its features. Empty layers are left out.
 */
export function encodeMvt(layers: readonly MvtLayer[], extent = 4096): Uint8Array {
  const out = new PbfWriter();
  for (const layer of layers) if (layer.features.length > 0) writeLayer(out, layer.name, layer.features, extent);
  return out.finish();
}

function writeLayer(out: PbfWriter, layerName: string, features: readonly MvtFeature[], extent: number): void {
  const keys = new Map<string, number>();
  const values = new Map<string, number>();
  const index = (table: Map<string, number>, text: string) => {
    let at = table.get(text);
    if (at === undefined) table.set(text, (at = table.size));
    return at;
  };
  out.message(3, () => {
    out.uintField(15, 2);
    out.stringField(1, layerName);
    for (const feature of features) {
      out.message(2, () => {
        const tags: number[] = [];
        for (const [key, value] of Object.entries(feature.properties)) tags.push(index(keys, key), index(values, value));
        if (tags.length > 0) out.packedField(2, tags);
        out.uintField(3, feature.type);
        out.packedField(4, feature.commands);
      });
    }
    for (const key of keys.keys()) out.stringField(3, key);
    for (const value of values.keys()) out.message(4, () => out.stringField(1, value));
    out.uintField(5, extent);
  });
}
