import { HubClient, HubError, type HubFetch } from '../../../shared/sync/hub-client.ts';
import { HUB_PROTOCOL_VERSION, protocolCompatibility } from '../../../shared/sync/hub-protocol.ts';
import { loadDeviceKeys } from '../exchange/device-keys.ts';
import type { ParcelDeskDatabase } from '../storage/database.ts';
import { readIdentity } from '../survey/user-identity.ts';
import { normalizeHubUrl, type HubUrlProblem } from './hub-url.ts';
import { saveConnection, type HubConnection } from './sync-store.ts';

/** Why enrollment did not go through (each has its own message). */
export type EnrollProblem =
  | HubUrlProblem | 'noIdentity' | 'unreachable' | 'notHub' | 'protocolMismatch' | 'badCode' | 'deviceExists' | 'hubError';

export class EnrollError extends Error {
  constructor(readonly problem: EnrollProblem, readonly detail = '') {
    super(`${problem}${detail ? `: ${detail}` : ''}`);
    this.name = 'EnrollError';
  }
}

function enrollProblem(error: unknown, step: 'health' | 'enroll'): EnrollError {
  if (!(error instanceof HubError)) return new EnrollError('hubError', error instanceof Error ? error.message : String(error));
  if (error.code === 'network') return new EnrollError('unreachable', error.detail);
  if (step === 'health' || error.code === 'badResponse') return new EnrollError('notHub', error.detail);
  // The hub answers alike for an unknown, used or expired code (it does not tell which codes exist).
  if (error.code === 'unauthorized') return new EnrollError('badCode', error.detail);
  if (error.code === 'deviceExists') return new EnrollError('deviceExists', error.detail);
  return new EnrollError('hubError', `${error.status} ${error.code}: ${error.detail}`);
}

/**
 * Enrolls this device at a hub with a one-time code: checks the address and
 * that a hub of this protocol answers there, sends the device's id, name and
 * Ed25519 public key (exchange/device-keys.ts), and keeps the device token in
 * IndexedDB. Throws EnrollError with the reason otherwise; nothing is stored then.
 */
export async function enrollDevice(db: ParcelDeskDatabase, urlText: string, code: string, fetch?: HubFetch): Promise<HubConnection> {
  const normalized = normalizeHubUrl(urlText);
  if ('problem' in normalized) throw new EnrollError(normalized.problem);
  const identity = await readIdentity(db);
  if (!identity) throw new EnrollError('noIdentity');
  if (!code.trim()) throw new EnrollError('badCode');
  const client = new HubClient({ baseUrl: normalized.url, ...(fetch ? { fetch } : {}) });
  const health = await client.health().catch((error: unknown) => {
    throw enrollProblem(error, 'health');
  });
  if (protocolCompatibility(health.protocolVersion) !== 'compatible') throw new EnrollError('protocolMismatch', `hub ${health.protocolVersion}, app ${HUB_PROTOCOL_VERSION}`);
  const keys = await loadDeviceKeys(db);
  const enrolled = await client.enroll(code.trim(), { device: identity.device, deviceName: identity.deviceName, publicKey: keys.publicKeyBase64 })
    .catch((error: unknown) => {
      throw enrollProblem(error, 'enroll');
    });
  const connection: HubConnection = {
    url: normalized.url, token: enrolled.token, device: enrolled.device,
    user: { name: enrolled.user.name, role: enrolled.user.role, countyId: enrolled.user.countyId }, enrolledAt: new Date().toISOString(),
  };
  await saveConnection(db, connection);
  return connection;
}
