import type { FieldOperation } from '../survey/field-operation.ts';

/**
 * What a package carries for a recipient: every operation the recipient has
 * not been sent yet (ids in `sentIds`), relayed operations from other devices
 * included, oldest first by clock. With no `sentIds` that is the whole log.
 */
export function operationsToSend(all: readonly FieldOperation[], sentIds?: ReadonlySet<string>): FieldOperation[] {
  const chosen = sentIds ? all.filter((op) => !sentIds.has(op.id)) : [...all];
  return chosen.sort((a, b) => (a.hlc < b.hlc ? -1 : a.hlc > b.hlc ? 1 : 0));
}

const ATTACHMENT_FIELD = /^(?:photo|document)\.([0-9a-f]{64})$/;

/** SHA-256 of every file (photo, document) the operations attach, in first-seen order. */
export function attachedHashes(operations: readonly FieldOperation[]): string[] {
  const hashes = new Set<string>();
  for (const op of operations) {
    const match = ATTACHMENT_FIELD.exec(op.field);
    if (match && op.newValue !== null) hashes.add(match[1] as string);
  }
  return [...hashes];
}
