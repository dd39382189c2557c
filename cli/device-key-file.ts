import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir, hostname, userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import { createDeviceKeys, exportPrivateKey, importDeviceKeys, type DeviceKeys } from '../shared/package/device-signature.ts';

/** This machine's signing identity for packages made on the command line. */
export interface CliDevice {
  readonly device: string;
  readonly deviceName: string;
  readonly author: string;
  readonly keys: DeviceKeys;
}

interface KeyFile {
  device: string;
  deviceName: string;
  author: string;
  publicKey: string;
  privateKeyPkcs8: string;
}

/** Where the key lives: PARCELDESK_KEY_FILE, else ~/.parceldesk/device-key.json. */
export function defaultKeyFilePath(): string {
  return process.env.PARCELDESK_KEY_FILE ?? join(homedir(), '.parceldesk', 'device-key.json');
}

/** Reads the device key file, or makes one (mode 0600) the first time. */
export async function loadOrCreateDevice(path = defaultKeyFilePath()): Promise<CliDevice> {
  let stored: KeyFile | undefined;
  try {
    stored = JSON.parse(readFileSync(path, 'utf8')) as KeyFile;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw new Error(`cannot read the device key ${path}: ${(error as Error).message}`, { cause: error });
  }
  if (stored) {
    return { device: stored.device, deviceName: stored.deviceName, author: stored.author, keys: await importDeviceKeys(stored.privateKeyPkcs8, stored.publicKey) };
  }
  const keys = await createDeviceKeys(true);
  const device = [...crypto.getRandomValues(new Uint8Array(8))].map((b) => b.toString(16).padStart(2, '0')).join('');
  const file: KeyFile = {
    device, deviceName: `cli@${hostname()}`, author: userInfo().username,
    publicKey: keys.publicKeyBase64, privateKeyPkcs8: await exportPrivateKey(keys),
  };
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(file, null, 2), { mode: 0o600 });
  return { device, deviceName: file.deviceName, author: file.author, keys };
}
