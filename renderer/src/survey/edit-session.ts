import { ClockDriftError, HybridLogicalClock } from '../../../shared/sync/hlc.ts';
import type { FieldOperation } from '../../../shared/survey/field-operation.ts';
import type { FieldValue } from '../../../shared/survey/field-value.ts';
import type { ParcelDeskDatabase } from '../storage/database.ts';
import { readSetting, writeSetting } from '../storage/settings-store.ts';
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
 * old values back, so history keeps everything. Remote operations are stored by
 * whoever received them and only announced here (receiveRemote): never undone.
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

  /**
   * Settles a conflict: stores `newValue` (one of the heads or a new one) as an
   * operation that replaces every head in `resolves`, so all replicas converge on
   * it. A reviewer's decision, so not part of undo; to change it, edit the field.
   */
  async resolve(parcelId: string, change: FieldChange, resolves: readonly string[]): Promise<FieldOperation[]> {
    return this.store([{ ...this.operation(parcelId, change), resolves: [...resolves] }]);
  }

  /**
   * Takes note of operations from other devices, already stored (by a package
   * import or a pull): later local stamps sort after them, and listeners refresh.
   * They never enter undo. A stamp too far ahead of this device's clock is stored
   * but not followed.
   */
  async receiveRemote(ops: readonly FieldOperation[]): Promise<void> {
    if (ops.length === 0) return;
    for (const op of ops) {
      try {
        this.clock.receive(op.hlc);
      } catch (error) {
        if (!(error instanceof ClockDriftError)) throw error;
      }
    }
    await writeSetting(this.db, CLOCK_KEY, this.clock.current());
    for (const listener of this.listeners) listener(ops);
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
