import type { HubClient } from '../../../shared/sync/hub-client.ts';

/** What sync needs of the hub: the HubClient (shared/sync/hub-client.ts), or a fake in tests. */
export type SyncTransport = Pick<HubClient, 'pushPackage' | 'pullChanges' | 'fetchAttachment' | 'verifiedAttachments'>;
