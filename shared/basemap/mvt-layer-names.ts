/**
 * The layer names of a Mapbox Vector Tile (uncompressed protobuf bytes), to
 * style vector tiles whose archive carries no `vector_layers` metadata.
 * Tile: field 3 = Layer (length-delimited); Layer: field 1 = name (string).
 */
export function mvtLayerNames(bytes: Uint8Array): string[] {
  const names: string[] = [];
  let at = 0;
  const varint = (): number => {
    let value = 0, shift = 0, byte: number;
    do {
      if (at >= bytes.length) throw new Error('truncated vector tile');
      byte = bytes[at++] as number;
      value += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    return value;
  };
  const skip = (wireType: number) => {
    if (wireType === 0) varint();
    else if (wireType === 1) at += 8;
    else if (wireType === 2) {
      const length = varint();
      at += length;
    }
    else if (wireType === 5) at += 4;
    else throw new Error(`not a vector tile (wire type ${wireType})`);
    if (at > bytes.length) throw new Error('truncated vector tile');
  };
  while (at < bytes.length) {
    const key = varint();
    if (key >>> 3 !== 3 || (key & 7) !== 2) {
      skip(key & 7);
      continue;
    }
    const layerLength = varint();
    const end = at + layerLength;
    while (at < end) {
      const layerKey = varint();
      if (layerKey >>> 3 === 1 && (layerKey & 7) === 2) {
        const length = varint();
        names.push(new TextDecoder().decode(bytes.subarray(at, at + length)));
        at += length;
      } else skip(layerKey & 7);
    }
    if (end > bytes.length) throw new Error('truncated vector tile');
    at = end;
  }
  return [...new Set(names)];
}
