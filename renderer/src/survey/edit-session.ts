import { HybridLogicalClock } from '../../../shared/sync/hlc.ts';
import type { FieldOperation } from '../../../shared/survey/field-operation.ts';
import type { FieldValue } from '../../../shared/survey/field-value.ts';
import type { ParcelDeskDatabase } from '../storage/database.ts';
import { readSetting } from '../storage/settings-store.ts';
import { recordOperations } from '../storage/survey-store.ts';
import type { UserIdentity } from './user-identity.ts';

/** A change the user makes to one field. */
export interface FieldChange {
  readonly field: string;
  readonly oldValue: FieldValue;
  readonly newValue: FieldValue;
}

const CLOCK_KEY = 'clock';

/**
 * The local editing session: stamps each change with the user, device and
 * clock, stores it at once (durable when the call resolves), and keeps undo and
 * redo stacks of this device's own edits. Undo writes new operations that put the
 * old values back, so history keeps everything. Remote operations never pass
 * through here and so never enter undo.
 */
export class EditSession {
  private readonly undoStack: FieldOperation[][] = [];
  private readonly redoStack: FieldOperation[][] = [];
  private readonly listeners = new Set<(ops: readonly FieldOperation[]) => void>();

  private constructor(
    private readonly db: ParcelDeskDatabase,
    readonly projectId: string,
    readonly identity: UserIdentity,
    private readonly clock: HybridLogicalClock,
  ) {}

  static async open(db: ParcelDeskDatabase, projectId: string, identity: UserIdentity, now?: () => number): Promise<EditSession> {
    const last = await readSetting<string | undefined>(db, CLOCK_KEY, undefined);
    return new EditSession(db, projectId, identity, new HybridLogicalClock(identity.device, now, last));
  }

  /** Called with the stored operations after every edit, undo and redo. */
  subscribe(listener: (ops: readonly FieldOperation[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get canUndo(): boolean {
    return this.undoStack.length > 0;
  }

  get canRedo(): boolean {
    return this.redoStack.length > 0;
  }

  /** Stores changes to one parcel as one undo step. Changes whose value is unchanged are dropped. */
  async edit(parcelId: string, changes: readonly FieldChange[]): Promise<FieldOperation[]> {
    const real = changes.filter((c) => !Object.is(c.oldValue, c.newValue));
    if (real.length === 0) return [];
    const ops = await this.store(real.map((c) => this.operation(parcelId, c)));
    this.undoStack.push(ops);
    this.redoStack.length = 0;
    return ops;
  }

  /** Puts back the values before the last local edit; returns its operations, or [] when nothing to undo. */
  undo(): Promise<FieldOperation[]> {
    return this.reverseLast(this.undoStack, this.redoStack, 'undoOf');
  }

  /** Re-applies the last undone edit. */
  redo(): Promise<FieldOperation[]> {
    return this.reverseLast(this.redoStack, this.undoStack, 'redoOf');
  }

  /** Writes operations that swap back the last group of `from`, marked as undoing or redoing it, and moves them to `to`. */
  private async reverseLast(from: FieldOperation[][], to: FieldOperation[][], mark: 'undoOf' | 'redoOf'): Promise<FieldOperation[]> {
    const group = from.pop();
    if (!group) return [];
    const ops = await this.store([...group].reverse().map((op) =>
      ({ ...this.operation(op.parcelId, { field: op.field, oldValue: op.newValue, newValue: op.oldValue }), [mark]: op.id })));
    to.push(ops);
    return ops;
  }

  private operation(parcelId: string, change: FieldChange): FieldOperation {
    const hlc = this.clock.tick();
    return {
      id: hlc, projectId: this.projectId, parcelId, field: change.field,
      oldValue: change.oldValue, newValue: change.newValue,
      author: this.identity.author, device: this.identity.device, deviceName: this.identity.deviceName,
      hlc, origin: 'local',
    };
  }

  private async store(ops: FieldOperation[]): Promise<FieldOperation[]> {
    const stored = await recordOperations(this.db, ops, [{ key: CLOCK_KEY, value: this.clock.current() }]);
    for (const listener of this.listeners) listener(stored);
    return stored;
  }
}
