import { fromBase64, toBase64 } from './base64.ts';

const ED25519 = { name: 'Ed25519' } as const;

/** A device's signing keys; the private key need not be extractable (kept in IndexedDB as a CryptoKey). */
export interface DeviceKeys {
  readonly privateKey: CryptoKey;
  /** Raw 32-byte public key, base64: registered at the city hub. */
  readonly publicKeyBase64: string;
}

/** Makes a new Ed25519 key pair for a device. */
export async function createDeviceKeys(): Promise<DeviceKeys> {
  const pair = await crypto.subtle.generateKey(ED25519, false, ['sign', 'verify']);
  const raw = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
  return { privateKey: pair.privateKey, publicKeyBase64: toBase64(raw) };
}

/** Signs bytes; returns the signature as base64. */
export async function signBytes(keys: DeviceKeys, bytes: Uint8Array): Promise<string> {
  return toBase64(new Uint8Array(await crypto.subtle.sign(ED25519, keys.privateKey, bytes)));
}

/** True when `signatureBase64` is a valid Ed25519 signature of `bytes` by `publicKeyBase64`; false for any malformed input. */
export async function verifyBytes(publicKeyBase64: string, signatureBase64: string, bytes: Uint8Array): Promise<boolean> {
  const key = fromBase64(publicKeyBase64), signature = fromBase64(signatureBase64);
  if (!key || key.length !== 32 || !signature || signature.length !== 64) return false;
  try {
    const imported = await crypto.subtle.importKey('raw', key, ED25519, false, ['verify']);
    return await crypto.subtle.verify(ED25519, imported, signature, bytes);
  } catch {
    return false;
  }
}
