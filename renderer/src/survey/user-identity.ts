import type { ParcelDeskDatabase } from '../storage/database.ts';
import { readSetting, writeSetting } from '../storage/settings-store.ts';

/** Who edits on this device: set once, stamped on every change. */
export interface UserIdentity {
  readonly author: string;
  readonly deviceName: string;
  /** 16 hex digits, made once per installation. */
  readonly device: string;
}

const KEY = 'identity';

function newDeviceId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The identity set on this device, or undefined before the user has given a name. */
export async function readIdentity(db: ParcelDeskDatabase): Promise<UserIdentity | undefined> {
  return readSetting<UserIdentity | undefined>(db, KEY, undefined);
}

/** Sets the user's and device's names; the device id is kept once made. Names are trimmed and must not be empty. */
export async function saveIdentity(db: ParcelDeskDatabase, author: string, deviceName: string): Promise<UserIdentity> {
  const name = author.trim(), device = deviceName.trim();
  if (!name || !device) throw new Error('name and device name are required');
  const previous = await readIdentity(db);
  const identity = { author: name, deviceName: device, device: previous?.device ?? newDeviceId() };
  await writeSetting(db, KEY, identity);
  return identity;
}
