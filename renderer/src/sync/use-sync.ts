import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { HubClient } from '../../../shared/sync/hub-client.ts';
import type { ParcelDeskDatabase } from '../storage/database.ts';
import type { EditSession } from '../survey/edit-session.ts';
import { readIdentity } from '../survey/user-identity.ts';
import { SyncEngine } from './sync-engine.ts';
import { syncRound } from './sync-round.ts';
import { publishSyncView } from './sync-status-store.ts';
import { forgetConnection, readConnection, type HubConnection } from './sync-store.ts';

/** Wait after a local edit before a round, so a burst of typing travels together, milliseconds. */
export const EDIT_SYNC_DELAY_MS = 2_000;

/** Engine for a connection: rounds through the hub client, remote operations announced to the open session. */
function createEngine(db: ParcelDeskDatabase, connection: HubConnection, session: () => EditSession | undefined): SyncEngine {
  const transport = new HubClient({ baseUrl: connection.url, token: connection.token });
  return new SyncEngine({
    isOnline: () => navigator.onLine,
    round: async (onProgress) => {
      const identity = await readIdentity(db);
      // The hub trusts packages signed by the enrolled device: always produce as that device.
      const producer = { author: identity?.author ?? connection.user.name, deviceName: identity?.deviceName ?? connection.device, device: connection.device };
      return syncRound(db, transport, producer, {
        onProgress,
        onRemote: async (ops) => {
          const open = session();
          if (open) await open.receiveRemote(ops.filter((op) => op.projectId === open.projectId));
        },
      });
    },
  });
}

/**
 * Background sync for the app window: reads the hub connection, runs the
 * engine while there is one (rounds at start, on an interval, after local
 * edits, when back online) and publishes its status. No connection: nothing runs.
 */
export function useSync(db: ParcelDeskDatabase, session: EditSession | undefined) {
  const [connection, setConnection] = useState<HubConnection>();
  const sessionRef = useRef(session);
  sessionRef.current = session;

  useEffect(() => {
    let cancelled = false;
    void readConnection(db).then((found) => !cancelled && setConnection(found));
    return () => {
      cancelled = true;
    };
  }, [db]);

  const engine = useMemo(() => (connection ? createEngine(db, connection, () => sessionRef.current) : undefined), [db, connection]);

  useEffect(() => {
    if (!engine || !connection) {
      publishSyncView({ status: { kind: 'off' } });
      return;
    }
    const publish = () => publishSyncView({ status: engine.status, url: connection.url });
    const unsubscribe = engine.subscribe(publish);
    const onOnline = () => engine.setOnline(true);
    const onOffline = () => engine.setOnline(false);
    window.addEventListener('online', onOnline);
    window.addEventListener('offline', onOffline);
    engine.start();
    publish();
    return () => {
      engine.stop();
      unsubscribe();
      window.removeEventListener('online', onOnline);
      window.removeEventListener('offline', onOffline);
      publishSyncView({ status: { kind: 'off' } });
    };
  }, [engine, connection]);

  useEffect(() => session?.subscribe((ops) => {
    if (ops.some((op) => op.origin === 'local')) engine?.requestSync(EDIT_SYNC_DELAY_MS);
  }), [session, engine]);

  const disconnect = useCallback(async () => {
    await forgetConnection(db);
    setConnection(undefined);
  }, [db]);

  return { connection, connected: setConnection, disconnect, syncNow: () => engine?.syncNow() };
}
