import { z } from 'zod';

/** A SHA-256 digest: 64 lowercase hex digits. */
export const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/);

/** A device id: 16 lowercase hex digits (as shared/sync/hlc.ts isDeviceId). */
export const deviceIdSchema = z.string().regex(/^[0-9a-f]{16}$/);

/** A raw 32-byte Ed25519 public key, base64 (as shared/package/device-signature.ts exports it). */
export const publicKeySchema = z.string().regex(/^[A-Za-z0-9+/]{43}=$/);
