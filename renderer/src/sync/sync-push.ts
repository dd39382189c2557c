import { attachedHashes, operationsToSend } from '../../../shared/package/package-selection.ts';
import { writePackage } from '../../../shared/package/package-writer.ts';
import { HubError, type PushProgress } from '../../../shared/sync/hub-client.ts';
import { HUB_MAX_VERIFIED_QUERY } from '../../../shared/sync/hub-protocol.ts';
import type { FieldOperation } from '../../../shared/survey/field-operation.ts';
import { loadDeviceKeys } from '../exchange/device-keys.ts';
import type { ParcelDeskDatabase } from '../storage/database.ts';
import type { UserIdentity } from '../survey/user-identity.ts';
import { SyncFailure } from './sync-failure.ts';
import { addProgress, readOutbox, readProgress, writeOutbox, type Outbox } from './sync-store.ts';
import type { SyncTransport } from './sync-transport.ts';

/** Attachment bytes one package carries at most; more files go in the next package. */
export const PACKAGE_ATTACHMENT_BUDGET_BYTES = 64 * 1024 * 1024;

export interface PushResult {
  readonly packages: number;
  readonly operations: number;
  readonly attachments: number;
}

/** Asks the hub which files it has verified and keeps the answer (the per-file synced flag). */
export async function confirmVerified(db: ParcelDeskDatabase, transport: SyncTransport, sha256s: readonly string[]): Promise<Set<string>> {
  const verified = new Set<string>();
  for (let i = 0; i < sha256s.length; i += HUB_MAX_VERIFIED_QUERY) {
    for (const sha of await transport.verifiedAttachments(sha256s.slice(i, i + HUB_MAX_VERIFIED_QUERY))) verified.add(sha);
  }
  if (verified.size > 0) await addProgress(db, { verified: [...verified] });
  return verified;
}

/** Files this device holds that operations attach and the hub has not verified yet. */
export async function unverifiedFiles(db: ParcelDeskDatabase, operations: readonly FieldOperation[]): Promise<string[]> {
  const verified = new Set((await readProgress(db)).verified);
  const candidates = attachedHashes(operations).filter((sha) => !verified.has(sha));
  const held = await db.attachments.bulkGet(candidates);
  return candidates.filter((_, i) => held[i] !== undefined);
}

/**
 * The next package for the hub: operations it does not hold yet, plus the ones
 * attaching files it has not verified (so the files travel again), for one
 * project at a time, files within the byte budget. Undefined when nothing is left.
 */
async function nextOutbox(db: ParcelDeskDatabase, identity: UserIdentity, unsent: readonly FieldOperation[], resend: ReadonlySet<string>): Promise<Outbox | undefined> {
  const projectId = unsent[0]?.projectId;
  if (projectId === undefined) return undefined;
  const project = await db.projects.get(projectId);
  const operations: FieldOperation[] = [];
  const files = new Map<string, Uint8Array>();
  let bytes = 0;
  for (const op of unsent) {
    if (op.projectId !== projectId) continue;
    const wanted = attachedHashes([op]).filter((sha) => resend.has(sha) && !files.has(sha));
    if (wanted.length === 0) {
      operations.push(op);
      continue;
    }
    const records = await db.attachments.bulkGet(wanted);
    const size = records.reduce((n, r) => n + (r?.byteLength ?? 0), 0);
    if (operations.length > 0 && bytes + size > PACKAGE_ATTACHMENT_BUDGET_BYTES) break;
    operations.push(op);
    for (const record of records) if (record) files.set(record.sha256, new Uint8Array(await record.blob.arrayBuffer()));
    bytes += size;
  }
  const packageId = crypto.randomUUID();
  const packageBytes = await writePackage({
    packageId, projectId, projectName: project?.name ?? projectId, createdAt: new Date().toISOString(),
    producer: { device: identity.device, deviceName: identity.deviceName, author: identity.author },
    scope: { kind: 'changesSince', recipient: 'hub', sinceHlc: '' },
    operations, layers: [], attachments: [...files].map(([sha256, data]) => ({ sha256, bytes: data })),
  }, await loadDeviceKeys(db));
  return { packageId, projectId, bytes: packageBytes, operationIds: operations.map((op) => op.id), attachments: [...files.keys()], sentBytes: 0 };
}

/** Pushes one kept package (resuming where the hub stopped), then forgets it and records what the hub now has. */
async function pushOutbox(db: ParcelDeskDatabase, transport: SyncTransport, outbox: Outbox, onProgress?: (p: PushProgress) => void): Promise<void> {
  let lastSaved = outbox.sentBytes;
  // Progress is saved in order, and all of it before the outbox is cleared.
  let saving = Promise.resolve();
  try {
    await transport.pushPackage(outbox.bytes, outbox.packageId, (progress) => {
      onProgress?.(progress);
      if (progress.sentBytes > lastSaved && progress.sentBytes < progress.totalBytes) {
        const sentBytes = (lastSaved = progress.sentBytes);
        saving = saving.then(() => writeOutbox(db, { ...outbox, sentBytes }));
      }
    });
  } catch (error) {
    await saving;
    // Refused as it is: made afresh from the current state next round rather than sent again unchanged.
    if (error instanceof HubError && (error.code === 'badPackage' || error.code === 'uploadMismatch')) await writeOutbox(db, undefined);
    throw error;
  }
  await saving;
  await db.transaction('rw', db.settings, async () => {
    await addProgress(db, { onHub: outbox.operationIds });
    await writeOutbox(db, undefined);
  });
  const verified = await confirmVerified(db, transport, outbox.attachments);
  const missing = outbox.attachments.filter((sha) => !verified.has(sha));
  if (missing.length > 0) throw new SyncFailure('attachmentUnverified', `${missing.length} file(s) not verified by the hub`);
}

/**
 * Pushes everything the hub lacks: first a package left unfinished by an
 * interruption (same bytes, so the hub resumes the same upload), then new
 * packages until nothing is pending. A file counts as synced only once the
 * hub says it verified its hash.
 */
export async function pushPending(db: ParcelDeskDatabase, transport: SyncTransport, identity: UserIdentity, onProgress?: (p: PushProgress) => void): Promise<PushResult> {
  let packages = 0, operations = 0, attachments = 0;
  const kept = await readOutbox(db);
  if (kept) {
    await pushOutbox(db, transport, kept, onProgress);
    packages++;
    operations += kept.operationIds.length;
    attachments += kept.attachments.length;
  }
  const all = await db.operations.toArray();
  const toAsk = await unverifiedFiles(db, all);
  const known = await confirmVerified(db, transport, toAsk);
  const resend = new Set(toAsk.filter((sha) => !known.has(sha)));
  const onHub = new Set((await readProgress(db)).onHub);
  let unsent = operationsToSend(all).filter((op) => !onHub.has(op.id) || attachedHashes([op]).some((sha) => resend.has(sha)));
  while (unsent.length > 0) {
    const outbox = await nextOutbox(db, identity, unsent, resend);
    if (!outbox) break;
    await writeOutbox(db, outbox);
    await pushOutbox(db, transport, outbox, onProgress);
    packages++;
    operations += outbox.operationIds.length;
    attachments += outbox.attachments.length;
    const sent = new Set(outbox.operationIds);
    for (const sha of outbox.attachments) resend.delete(sha);
    unsent = unsent.filter((op) => !sent.has(op.id));
  }
  return { packages, operations, attachments };
}
