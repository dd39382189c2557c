import type { ParcelDeskDatabase } from '../storage/database.ts';

/** What this device has handed to one recipient of a project. */
export interface HandoffRecord {
  readonly projectId: string;
  readonly recipient: string;
  /** Ids of every operation sent to the recipient so far. */
  readonly sentIds: readonly string[];
  /** The newest clock among them ('' before the first hand-off). */
  readonly sentUntilHlc: string;
  /** ISO 8601 UTC of the last hand-off. */
  readonly lastAt: string;
}

const PREFIX = 'handoff:';
const keyOf = (projectId: string, recipient: string) => `${PREFIX}${projectId}\u0000${recipient}`;

/** The record of hand-offs to `recipient`, or undefined before the first one. */
export async function readHandoff(db: ParcelDeskDatabase, projectId: string, recipient: string): Promise<HandoffRecord | undefined> {
  return (await db.settings.get(keyOf(projectId, recipient)))?.value as HandoffRecord | undefined;
}

/** Recipients this project was handed to, most recent first. */
export async function listRecipients(db: ParcelDeskDatabase, projectId: string): Promise<HandoffRecord[]> {
  const rows = await db.settings.where('key').startsWith(`${PREFIX}${projectId}\u0000`).toArray();
  return rows.map((row) => row.value as HandoffRecord).sort((a, b) => b.lastAt.localeCompare(a.lastAt));
}

/** Adds operations to what the recipient has been sent (after the package was saved). */
export async function rememberHandoff(
  db: ParcelDeskDatabase, projectId: string, recipient: string, sent: readonly { id: string; hlc: string }[], at: string,
): Promise<HandoffRecord> {
  return db.transaction('rw', db.settings, async () => {
    const previous = await readHandoff(db, projectId, recipient);
    const ids = new Set(previous?.sentIds);
    let until = previous?.sentUntilHlc ?? '';
    for (const op of sent) {
      ids.add(op.id);
      if (op.hlc > until) until = op.hlc;
    }
    const record: HandoffRecord = { projectId, recipient, sentIds: [...ids], sentUntilHlc: until, lastAt: at };
    await db.settings.put({ key: keyOf(projectId, recipient), value: record });
    return record;
  });
}
