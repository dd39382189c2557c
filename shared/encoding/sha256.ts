function toHex(buffer: ArrayBuffer): string {
  return [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** SHA-256 of bytes, as lower-case hex (Web Crypto, available in every runtime of shared/). */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  return toHex(await crypto.subtle.digest('SHA-256', bytes));
}

/**
 * A fingerprint of several files taken together: SHA-256 over the parts' own
 * SHA-256 hex digests joined by newlines, so no part has to be copied into one buffer.
 */
export async function sha256OfParts(parts: readonly Uint8Array[]): Promise<string> {
  const digests = await Promise.all(parts.map(sha256Hex));
  return sha256Hex(new TextEncoder().encode(digests.join('\n')));
}
