/**
 * A small Protocol Buffers writer: varints, zigzag, length-delimited fields,
 * just what vector tiles need. Bytes grow in one buffer; nested messages are
 * written with {@link PbfWriter.message}, which reserves the length and moves
 * the body once it is known.
 */
export class PbfWriter {
  private buffer = new Uint8Array(1024);
  private length = 0;

  private ensure(extra: number): void {
    if (this.length + extra <= this.buffer.length) return;
    let size = this.buffer.length * 2;
    while (size < this.length + extra) size *= 2;
    const grown = new Uint8Array(size);
    grown.set(this.buffer.subarray(0, this.length));
    this.buffer = grown;
  }

  /** An unsigned varint (values up to 2^53). */
  varint(value: number): void {
    this.ensure(10);
    let v = value;
    while (v >= 0x80) {
      this.buffer[this.length++] = (v % 0x80) | 0x80;
      v = Math.floor(v / 0x80);
    }
    this.buffer[this.length++] = v;
  }

  /** A field key: field number and wire type (0 varint, 2 length-delimited). */
  key(field: number, wireType: 0 | 2): void {
    this.varint((field << 3) | wireType);
  }

  /** A varint field. */
  uintField(field: number, value: number): void {
    this.key(field, 0);
    this.varint(value);
  }

  /** A UTF-8 string field. */
  stringField(field: number, value: string): void {
    const bytes = ENCODER.encode(value);
    this.key(field, 2);
    this.varint(bytes.length);
    this.ensure(bytes.length);
    this.buffer.set(bytes, this.length);
    this.length += bytes.length;
  }

  /** A packed repeated uint32 field. */
  packedField(field: number, values: ArrayLike<number>, count = values.length): void {
    this.message(field, () => {
      for (let i = 0; i < count; i++) this.varint(values[i] as number);
    });
  }

  /** A length-delimited field whose body `write` puts in this writer. */
  message(field: number, write: () => void): void {
    this.key(field, 2);
    // Reserve one length byte; move the body if the length needs more.
    this.ensure(1);
    const lengthAt = this.length++;
    const start = this.length;
    write();
    const bodyLength = this.length - start;
    const lengthBytes = varintSize(bodyLength);
    if (lengthBytes > 1) {
      this.ensure(lengthBytes - 1);
      this.buffer.copyWithin(start + lengthBytes - 1, start, this.length);
      this.length += lengthBytes - 1;
    }
    let v = bodyLength, at = lengthAt;
    while (v >= 0x80) {
      this.buffer[at++] = (v % 0x80) | 0x80;
      v = Math.floor(v / 0x80);
    }
    this.buffer[at] = v;
  }

  /** The bytes written so far (a copy). */
  finish(): Uint8Array {
    return this.buffer.slice(0, this.length);
  }
}

const ENCODER = new TextEncoder();

function varintSize(value: number): number {
  let size = 1;
  for (let v = value; v >= 0x80; v = Math.floor(v / 0x80)) size++;
  return size;
}

/** Zigzag encoding of a signed integer, as vector tile geometry parameters use. */
export function zigzag(value: number): number {
  return value < 0 ? -2 * value - 1 : 2 * value;
}
