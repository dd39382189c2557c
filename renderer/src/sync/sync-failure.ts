import { HubError } from '../../../shared/sync/hub-client.ts';

/** Why a sync round failed, in words the status bar can show. */
export type SyncFailureCode =
  | 'unreachable' | 'unauthorized' | 'refused' | 'hubError' | 'attachmentUnverified' | 'badAnswer' | 'noIdentity' | 'unknown';

export class SyncFailure extends Error {
  constructor(readonly code: SyncFailureCode, readonly detail: string) {
    super(`${code}: ${detail}`);
    this.name = 'SyncFailure';
  }
}

/** Classifies any error thrown during a round (hub refusals, network, this app's own checks). */
export function toSyncFailure(error: unknown): SyncFailure {
  if (error instanceof SyncFailure) return error;
  if (error instanceof HubError) {
    if (error.code === 'network') return new SyncFailure('unreachable', error.detail);
    if (error.code === 'unauthorized' || error.code === 'forbidden') return new SyncFailure('unauthorized', error.detail);
    if (error.code === 'badPackage' || error.code === 'uploadMismatch' || error.code === 'tooLarge') return new SyncFailure('refused', error.detail);
    if (error.code === 'badResponse' || error.code === 'hashMismatch') return new SyncFailure('badAnswer', error.detail);
    return new SyncFailure('hubError', `${error.status} ${error.code}: ${error.detail}`);
  }
  return new SyncFailure('unknown', error instanceof Error ? error.message : String(error));
}
