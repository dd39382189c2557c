import { describe, expect, it } from 'vitest';
import { createDeviceKeys } from '../package/device-signature.ts';
import { enrollRequestSchema, HUB_PROTOCOL_VERSION, protocolCompatibility, uploadCreateRequestSchema } from './hub-protocol.ts';

describe('hub protocol', () => {
  it('tells which side is too old', () => {
    expect(protocolCompatibility(HUB_PROTOCOL_VERSION)).toBe('compatible');
    expect(protocolCompatibility(HUB_PROTOCOL_VERSION - 1)).toBe('hubTooOld');
    expect(protocolCompatibility(HUB_PROTOCOL_VERSION + 1)).toBe('clientTooOld');
  });

  it('accepts an enrollment with the key device-signature.ts exports, and refuses malformed ones', async () => {
    const { publicKeyBase64 } = await createDeviceKeys();
    const good = { device: '3f9a2b7c1d4e5f60', deviceName: '县局笔记本-1', publicKey: publicKeyBase64 };
    expect(enrollRequestSchema.safeParse(good).success).toBe(true);
    expect(enrollRequestSchema.safeParse({ ...good, device: '3F9A2B7C1D4E5F60' }).success).toBe(false);
    expect(enrollRequestSchema.safeParse({ ...good, publicKey: publicKeyBase64.slice(1) }).success).toBe(false);
    expect(enrollRequestSchema.safeParse({ ...good, deviceName: '' }).success).toBe(false);
  });

  it('needs a package id, a positive size and a SHA-256 to open an upload', () => {
    const good = { packageId: '0b3d7c1e-9a4f-4e2b-8c6d-5f1a2b3c4d5e', size: 1024, sha256: 'ab'.repeat(32) };
    expect(uploadCreateRequestSchema.safeParse(good).success).toBe(true);
    expect(uploadCreateRequestSchema.safeParse({ ...good, size: 0 }).success).toBe(false);
    expect(uploadCreateRequestSchema.safeParse({ ...good, sha256: 'AB'.repeat(32) }).success).toBe(false);
    expect(uploadCreateRequestSchema.safeParse({ ...good, packageId: 'package-1' }).success).toBe(false);
  });
});
