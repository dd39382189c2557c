import { fromBase64, toBase64 } from './base64.ts';

const ED25519 = { name: 'Ed25519' } as const;

/** A device's signing keys; the private key need not be extractable (kept in IndexedDB as a CryptoKey). */
export interface DeviceKeys {
  readonly privateKey: CryptoKey;
  /** Raw 32-byte public key, base64: registered at the city hub. */
  readonly publicKeyBase64: string;
}

/**
 * Makes a new Ed25519 key pair for a device. The app keeps the private key
 * unextractable in IndexedDB; the CLI needs it extractable to keep it in a key file.
 */
export async function createDeviceKeys(extractable = false): Promise<DeviceKeys> {
  const pair = await crypto.subtle.generateKey(ED25519, extractable, ['sign', 'verify']);
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

/** The private key as PKCS #8 bytes, base64 (only for keys made extractable). */
export async function exportPrivateKey(keys: DeviceKeys): Promise<string> {
  return toBase64(new Uint8Array(await crypto.subtle.exportKey('pkcs8', keys.privateKey)));
}

/** Keys from a stored PKCS #8 private key and its raw public key (both base64). */
export async function importDeviceKeys(privateKeyPkcs8Base64: string, publicKeyBase64: string): Promise<DeviceKeys> {
  const pkcs8 = fromBase64(privateKeyPkcs8Base64);
  if (!pkcs8) throw new Error('private key is not base64');
  const privateKey = await crypto.subtle.importKey('pkcs8', pkcs8, ED25519, true, ['sign']);
  return { privateKey, publicKeyBase64 };
}
