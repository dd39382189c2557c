import { createHash, randomBytes } from 'node:crypto';

/** A bearer token: 256 random bits, base64url, with a readable prefix. */
export function newToken(prefix: 'dev' | 'usr'): string {
  return `${prefix}_${randomBytes(32).toString('base64url')}`;
}

const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A one-time enrollment code people can type: 12 characters (60 bits) as XXXX-XXXX-XXXX. */
export function newEnrollmentCode(): string {
  const chars = [...randomBytes(12)].map((b) => CODE_ALPHABET[b % CODE_ALPHABET.length]).join('');
  return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8)}`;
}

/** Enrollment codes compare without dashes, spaces or case. */
export function normalizeEnrollmentCode(text: string): string {
  return text.replace(/[\s-]/g, '').toUpperCase();
}

/** Secrets are stored only as their SHA-256 (hex). */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
