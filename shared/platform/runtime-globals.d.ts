// Globals that every runtime of shared/ provides (browser main thread, Web Worker,
// Node >= 20, Electron main and preload). Declared narrowly here so that shared/
// compiles with neither the DOM nor the Node type libraries.
/* eslint-disable no-var -- a global constructor can only be declared with `declare var` */

interface TextDecoderOptions {
  fatal?: boolean;
  ignoreBOM?: boolean;
}
interface TextDecodeOptions {
  stream?: boolean;
}
interface TextDecoder {
  readonly encoding: string;
  decode(input?: ArrayBufferView | ArrayBuffer, options?: TextDecodeOptions): string;
}
declare var TextDecoder: {
  prototype: TextDecoder;
  new (label?: string, options?: TextDecoderOptions): TextDecoder;
};
interface TextEncoder {
  encode(input?: string): Uint8Array;
}
declare var TextEncoder: {
  prototype: TextEncoder;
  new (): TextEncoder;
};

// Web Crypto (browser, worker, Node >= 20 as globalThis.crypto): only what shared/ uses.
interface SubtleCryptoDigest {
  digest(algorithm: 'SHA-256', data: ArrayBufferView | ArrayBuffer): Promise<ArrayBuffer>;
}
declare var crypto: {
  readonly subtle: SubtleCryptoDigest;
  randomUUID(): string;
};
