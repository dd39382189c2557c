import type { FieldOperation } from '../survey/field-operation.ts';
import type { FieldValue } from '../survey/field-value.ts';

/** A value of a field that no other known operation has replaced. */
export interface FieldHead {
  readonly hlc: string;
  readonly value: FieldValue;
  readonly author: string;
  readonly deviceName: string;
}

/**
 * What a replica knows of one field: its heads (values nobody has built on
 * yet) and the clocks already replaced. The shown value is the newest head, so
 * every replica with the same operations shows the same value whatever order
 * they arrived in; two heads with different values are a conflict.
 */
export interface FieldHeads {
  readonly heads: readonly FieldHead[];
  readonly replaced: readonly string[];
}

/** Adds one operation to a field's heads, in any order. Adding the same operation twice changes nothing. */
export function addToHeads(state: FieldHeads | undefined, op: FieldOperation): FieldHeads {
  const replaced = new Set(state?.replaced);
  const heads = state?.heads ?? [];
  if (heads.some((h) => h.hlc === op.hlc)) return state as FieldHeads;
  // An operation arriving after its successor still replaces its own base.
  for (const clock of [op.baseHlc ?? '', ...(op.resolves ?? [])]) if (clock) replaced.add(clock);
  const kept = heads.filter((h) => !replaced.has(h.hlc));
  const next = replaced.has(op.hlc) ? kept : [...kept, { hlc: op.hlc, value: op.newValue, author: op.author, deviceName: op.deviceName }];
  next.sort((a, b) => (a.hlc < b.hlc ? -1 : a.hlc > b.hlc ? 1 : 0));
  return { heads: next, replaced: [...replaced].sort() };
}

/** The value shown: the newest head's (undefined when the field has no operations). */
export function headValue(state: FieldHeads | undefined): FieldValue | undefined {
  return state?.heads.at(-1)?.value;
}

/** True when the field's heads disagree: concurrent edits a reviewer must settle. */
export function isConflict(state: FieldHeads | undefined): boolean {
  if (!state || state.heads.length < 2) return false;
  const first = JSON.stringify(state.heads[0]?.value);
  return state.heads.some((h) => JSON.stringify(h.value) !== first);
}
