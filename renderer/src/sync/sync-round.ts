import type { PushProgress } from '../../../shared/sync/hub-client.ts';
import type { FieldOperation } from '../../../shared/survey/field-operation.ts';
import type { ParcelDeskDatabase } from '../storage/database.ts';
import type { UserIdentity } from '../survey/user-identity.ts';
import { pullChanges, type PullResult } from './sync-pull.ts';
import { pushPending, type PushResult } from './sync-push.ts';
import type { SyncTransport } from './sync-transport.ts';

export interface RoundOptions {
  readonly onProgress?: (progress: PushProgress) => void;
  /** Operations from other devices just stored (for the open edit session: views refresh, never undo). */
  readonly onRemote?: (operations: readonly FieldOperation[]) => Promise<void> | void;
}

export interface RoundOutcome {
  readonly pushed: PushResult;
  readonly pulled: PullResult;
  /** Fields in conflict on this device, every project. */
  readonly conflicts: number;
}

/** Fields in conflict across this device's projects. */
export async function countConflicts(db: ParcelDeskDatabase): Promise<number> {
  let count = 0;
  await db.parcelEdits.each((edits) => {
    count += edits.conflicts?.length ?? 0;
  });
  return count;
}

/** One sync round: push what the hub lacks (resuming an interrupted upload), then pull what is new. */
export async function syncRound(db: ParcelDeskDatabase, transport: SyncTransport, identity: UserIdentity, options: RoundOptions = {}): Promise<RoundOutcome> {
  const pushed = await pushPending(db, transport, identity, options.onProgress);
  const pulled = await pullChanges(db, transport);
  if (pulled.newOperations.length > 0) await options.onRemote?.(pulled.newOperations);
  return { pushed, pulled, conflicts: await countConflicts(db) };
}
