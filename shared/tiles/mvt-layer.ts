import { PbfWriter } from './pbf-writer.ts';

/** One feature of a vector tile layer: geometry commands and string properties. */
export interface MvtFeature {
  readonly type: 1 | 2 | 3;
  readonly commands: readonly number[];
  readonly properties: Readonly<Record<string, string>>;
}

/**
 * A Mapbox Vector Tile (spec 2.1) with one layer of `features` whose geometry is
 * already in tile units of `extent`; property keys and values are shared
 * across the layer's features.
 */
export function encodeMvt(layerName: string, features: readonly MvtFeature[], extent = 4096): Uint8Array {
  const keys = new Map<string, number>();
  const values = new Map<string, number>();
  const index = (table: Map<string, number>, text: string) => {
    let at = table.get(text);
    if (at === undefined) table.set(text, (at = table.size));
    return at;
  };
  const out = new PbfWriter();
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
  return out.finish();
}
