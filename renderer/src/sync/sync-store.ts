import type { HubRole } from '../../../shared/sync/hub-protocol.ts';
import type { ParcelDeskDatabase } from '../storage/database.ts';

/** The hub this device syncs with, once enrolled. No record: sync is off and nothing changes. */
export interface HubConnection {
  /** e.g. http://127.0.0.1:8787 or https://hub.example.cn (no trailing slash). */
  readonly url: string;
  /** The device token the hub issued at enrollment. */
  readonly token: string;
  /** This device's id as enrolled (the package producer the hub trusts). */
  readonly device: string;
  readonly user: { readonly name: string; readonly role: HubRole; readonly countyId: string | null };
  /** ISO 8601 UTC. */
  readonly enrolledAt: string;
}

/** A package made for the hub and not yet stored there: kept as bytes so a retry resumes the same upload. */
export interface Outbox {
  readonly packageId: string;
  readonly projectId: string;
  readonly bytes: Uint8Array;
  /** Ids of the operations inside (known to the hub once it stores the package). */
  readonly operationIds: readonly string[];
  /** SHA-256 of the files inside. */
  readonly attachments: readonly string[];
  /** Bytes the hub had acknowledged at the last progress report. */
  readonly sentBytes: number;
}

/** What this device knows the hub has, for the connected hub. */
export interface HubProgress {
  /** Pull cursor ('' before the first pull). */
  readonly cursor: string;
  /** Operations the hub holds: pushed from here or pulled from it. */
  readonly onHub: readonly string[];
  /** Files the hub has verified against their SHA-256 (the per-file synced flag). */
  readonly verified: readonly string[];
}

const CONNECTION = 'sync:hub';
const PROGRESS = 'sync:progress';
const OUTBOX = 'sync:outbox';

/** Setting keys this module writes (for transactions that include them). */
export const SYNC_KEYS = { connection: CONNECTION, progress: PROGRESS, outbox: OUTBOX } as const;

export const EMPTY_PROGRESS: HubProgress = { cursor: '', onHub: [], verified: [] };

/** The connected hub, or undefined when sync is off. */
export async function readConnection(db: ParcelDeskDatabase): Promise<HubConnection | undefined> {
  return (await db.settings.get(CONNECTION))?.value as HubConnection | undefined;
}

/** Connects to a hub (after enrollment); a different hub starts its progress afresh. */
export async function saveConnection(db: ParcelDeskDatabase, connection: HubConnection): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const previous = await readConnection(db);
    if (previous?.url !== connection.url) await db.settings.bulkDelete([PROGRESS, OUTBOX]);
    await db.settings.put({ key: CONNECTION, value: connection });
  });
}

/** Turns sync off: forgets the hub, its token and progress. Local data stays as it is. */
export async function forgetConnection(db: ParcelDeskDatabase): Promise<void> {
  await db.settings.bulkDelete([CONNECTION, PROGRESS, OUTBOX]);
}

/** What the hub has, as far as this device knows. */
export async function readProgress(db: ParcelDeskDatabase): Promise<HubProgress> {
  return ((await db.settings.get(PROGRESS))?.value as HubProgress | undefined) ?? EMPTY_PROGRESS;
}

/**
 * Adds to what the hub has (operation ids, verified files) and moves the
 * cursor when given. Runs inside the caller's transaction when there is one.
 */
export async function addProgress(
  db: ParcelDeskDatabase, added: { readonly onHub?: readonly string[]; readonly verified?: readonly string[]; readonly cursor?: string },
): Promise<HubProgress> {
  return db.transaction('rw', db.settings, async () => {
    const previous = await readProgress(db);
    const next: HubProgress = {
      cursor: added.cursor ?? previous.cursor,
      onHub: union(previous.onHub, added.onHub),
      verified: union(previous.verified, added.verified),
    };
    await db.settings.put({ key: PROGRESS, value: next });
    return next;
  });
}

function union(kept: readonly string[], added: readonly string[] = []): readonly string[] {
  if (added.length === 0) return kept;
  const all = new Set(kept);
  for (const item of added) all.add(item);
  return all.size === kept.length ? kept : [...all];
}

/** The package waiting to be pushed, if any. */
export async function readOutbox(db: ParcelDeskDatabase): Promise<Outbox | undefined> {
  return (await db.settings.get(OUTBOX))?.value as Outbox | undefined;
}

/** Keeps a package to push (or its new acknowledged size); undefined clears it. */
export async function writeOutbox(db: ParcelDeskDatabase, outbox: Outbox | undefined): Promise<void> {
  if (outbox) await db.settings.put({ key: OUTBOX, value: outbox });
  else await db.settings.delete(OUTBOX);
}
