import type { ParcelEdits } from '../../../shared/survey/field-operation.ts';
import type { FieldValue } from '../../../shared/survey/field-value.ts';
import { parseHlc } from '../../../shared/sync/hlc.ts';
import type { ParcelDeskDatabase } from '../storage/database.ts';

/** One of a conflict's values, with who set it where and when. */
export interface ConflictSide {
  readonly hlc: string;
  readonly value: FieldValue;
  readonly author: string;
  readonly deviceName: string;
  /** Milliseconds since 1970 (UTC) of the edit, from its clock stamp. */
  readonly millis: number;
  /** Made on this device. */
  readonly mine: boolean;
}

/** A field of a parcel with concurrent different values. */
export interface FieldConflict {
  readonly parcelId: string;
  readonly field: string;
  /** The value shown meanwhile (the newest side's). */
  readonly shown: FieldValue;
  /** The value the sides started from, as the first of them saw it. */
  readonly base: FieldValue;
  /** Oldest first. */
  readonly sides: readonly ConflictSide[];
}

/** The conflicts of one parcel's edits, sides marked mine when made by `myDevice`. */
export function parcelConflicts(edits: ParcelEdits, myDevice: string | undefined, baseOf: (hlc: string) => FieldValue): FieldConflict[] {
  return (edits.conflicts ?? []).map((field) => {
    const heads = edits.heads?.[field]?.heads ?? [];
    const sides = heads.map((h) => {
      const stamp = parseHlc(h.hlc);
      return { hlc: h.hlc, value: h.value, author: h.author, deviceName: h.deviceName, millis: stamp?.millis ?? 0, mine: stamp?.device === myDevice };
    });
    return { parcelId: edits.parcelId, field, shown: edits.values[field] ?? null, base: heads[0] ? baseOf(heads[0].hlc) : null, sides };
  });
}

/** Every conflict of a project, by parcel id and field. */
export async function loadConflicts(db: ParcelDeskDatabase, projectId: string, myDevice: string | undefined): Promise<FieldConflict[]> {
  const flagged = await db.parcelEdits.where('projectId').equals(projectId).filter((e) => (e.conflicts?.length ?? 0) > 0).toArray();
  const hlcs = flagged.flatMap((e) => (e.conflicts ?? []).flatMap((field) => e.heads?.[field]?.heads.map((h) => h.hlc) ?? []));
  const ops = hlcs.length > 0 ? await db.operations.where('hlc').anyOf(hlcs).toArray() : [];
  const oldValues = new Map(ops.map((op) => [op.hlc, op.oldValue]));
  return flagged
    .sort((a, b) => a.parcelId.localeCompare(b.parcelId, undefined, { numeric: true }))
    .flatMap((edits) => parcelConflicts(edits, myDevice, (hlc) => oldValues.get(hlc) ?? null));
}
