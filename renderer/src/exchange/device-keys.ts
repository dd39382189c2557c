import { createDeviceKeys, type DeviceKeys } from '../../../shared/package/device-signature.ts';
import type { ParcelDeskDatabase } from '../storage/database.ts';

const KEY = 'deviceKeys';

async function readKeys(db: ParcelDeskDatabase): Promise<DeviceKeys | undefined> {
  const stored = (await db.settings.get(KEY))?.value as DeviceKeys | undefined;
  return stored?.privateKey && stored.publicKeyBase64 ? stored : undefined;
}

/**
 * This device's Ed25519 signing keys, made once and kept in IndexedDB. The
 * private key is a non-extractable CryptoKey: it signs here but can never be
 * read out; the public key (raw, base64) is what the city registers.
 */
export async function loadDeviceKeys(db: ParcelDeskDatabase): Promise<DeviceKeys> {
  const found = await readKeys(db);
  if (found) return found;
  const made = await createDeviceKeys(false);
  // Two windows may make keys at once: the first one stored is kept by both.
  return db.transaction('rw', db.settings, async () => {
    const stored = await readKeys(db);
    if (stored) return stored;
    await db.settings.put({ key: KEY, value: { privateKey: made.privateKey, publicKeyBase64: made.publicKeyBase64 } });
    return made;
  });
}
