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
// Ed25519 is in Chromium >= 137 (Electron 41 included) and Node >= 20.
interface CryptoKey {
  readonly type: 'public' | 'private' | 'secret';
  readonly extractable: boolean;
}
interface CryptoKeyPair {
  readonly publicKey: CryptoKey;
  readonly privateKey: CryptoKey;
}
interface SubtleCryptoDigest {
  digest(algorithm: 'SHA-256', data: ArrayBufferView | ArrayBuffer): Promise<ArrayBuffer>;
  generateKey(algorithm: { name: 'Ed25519' }, extractable: boolean, usages: ('sign' | 'verify')[]): Promise<CryptoKeyPair>;
  sign(algorithm: { name: 'Ed25519' }, key: CryptoKey, data: ArrayBufferView | ArrayBuffer): Promise<ArrayBuffer>;
  verify(algorithm: { name: 'Ed25519' }, key: CryptoKey, signature: ArrayBufferView | ArrayBuffer, data: ArrayBufferView | ArrayBuffer): Promise<boolean>;
  importKey(format: 'raw', keyData: ArrayBufferView | ArrayBuffer, algorithm: { name: 'Ed25519' }, extractable: boolean, usages: ('sign' | 'verify')[]): Promise<CryptoKey>;
  importKey(format: 'pkcs8', keyData: ArrayBufferView | ArrayBuffer, algorithm: { name: 'Ed25519' }, extractable: boolean, usages: ('sign' | 'verify')[]): Promise<CryptoKey>;
  exportKey(format: 'raw' | 'pkcs8', key: CryptoKey): Promise<ArrayBuffer>;
}
declare var crypto: {
  readonly subtle: SubtleCryptoDigest;
  randomUUID(): string;
  getRandomValues<T extends ArrayBufferView>(array: T): T;
};
