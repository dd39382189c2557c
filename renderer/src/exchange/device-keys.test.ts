import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { signBytes, verifyBytes } from '../../../shared/package/device-signature.ts';
import { ParcelDeskDatabase } from '../storage/database.ts';
import { loadDeviceKeys } from './device-keys.ts';

let count = 0;

describe('device keys', () => {
  it('are made once per device, kept across openings, sign verifiably, and the private key cannot be exported', async () => {
    const name = `device-keys-${process.pid}-${count++}`;
    const first = await loadDeviceKeys(new ParcelDeskDatabase(name));
    const again = await loadDeviceKeys(new ParcelDeskDatabase(name));
    expect(again.publicKeyBase64).toBe(first.publicKeyBase64);
    const bytes = new TextEncoder().encode('园地通');
    expect(await verifyBytes(first.publicKeyBase64, await signBytes(again, bytes), bytes)).toBe(true);
    expect(again.privateKey.extractable).toBe(false);
    const other = await loadDeviceKeys(new ParcelDeskDatabase(`device-keys-${process.pid}-${count++}`));
    expect(other.publicKeyBase64).not.toBe(first.publicKeyBase64);
  });
});
