import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FieldOperation } from '../survey/field-operation.ts';
import { addToHeads, headValue, isConflict, type FieldHeads } from './field-heads.ts';
import { HybridLogicalClock } from './hlc.ts';

const DEVICES = ['aaaaaaaaaaaaaaaa', 'bbbbbbbbbbbbbbbb', 'cccccccccccccccc'];

/** A replica: its clock, the operations it knows, and its heads per field. */
interface Replica {
  readonly clock: HybridLogicalClock;
  readonly known: Map<string, FieldOperation>;
  heads: Map<string, FieldHeads>;
}

function createReplica(device: string, wall: () => number): Replica {
  return { clock: new HybridLogicalClock(device, wall), known: new Map(), heads: new Map() };
}

function receive(replica: Replica, op: FieldOperation): void {
  if (replica.known.has(op.id)) return;
  replica.clock.receive(op.hlc);
  replica.known.set(op.id, op);
  replica.heads.set(op.field, addToHeads(replica.heads.get(op.field), op));
}

function edit(replica: Replica, device: string, field: string, value: string): FieldOperation {
  const current = replica.heads.get(field);
  const hlc = replica.clock.tick();
  const conflicting = current && isConflict(current) ? current.heads.map((h) => h.hlc) : undefined;
  const op: FieldOperation = {
    id: hlc, projectId: 'p', parcelId: 'x', field, oldValue: headValue(current) ?? null, newValue: value,
    author: device, device, deviceName: device, hlc, origin: 'local',
    baseHlc: current?.heads.at(-1)?.hlc ?? '', ...(conflicting ? { resolves: conflicting } : {}),
  };
  receive(replica, op);
  return op;
}

describe('field heads', () => {
  it('two concurrent different values on one base are a conflict; both are kept; a resolving edit settles it', () => {
    let wall = 1_000;
    const [a, b] = [createReplica(DEVICES[0] as string, () => wall), createReplica(DEVICES[1] as string, () => wall)];
    const mine = edit(a, DEVICES[0] as string, 'landholder', '甲');
    wall += 5;
    const theirs = edit(b, DEVICES[1] as string, 'landholder', '乙');
    receive(a, theirs);
    receive(b, mine);
    expect(isConflict(a.heads.get('landholder'))).toBe(true);
    expect(a.heads.get('landholder')?.heads.map((h) => h.value)).toEqual(['甲', '乙']);
    expect(headValue(a.heads.get('landholder'))).toBe(headValue(b.heads.get('landholder')));
    const resolution = edit(a, DEVICES[0] as string, 'landholder', '甲乙合并');
    receive(b, resolution);
    expect(isConflict(b.heads.get('landholder'))).toBe(false);
    expect(headValue(b.heads.get('landholder'))).toBe('甲乙合并');
  });

  it('successive edits, or concurrent edits to the same value, are no conflict', () => {
    const wall = () => 1_000;
    const [a, b] = [createReplica(DEVICES[0] as string, wall), createReplica(DEVICES[1] as string, wall)];
    receive(b, edit(a, DEVICES[0] as string, 'notes', 'x'));
    receive(a, edit(b, DEVICES[1] as string, 'notes', 'y'));
    expect(isConflict(a.heads.get('notes'))).toBe(false);
    expect(headValue(a.heads.get('notes'))).toBe('y');
    receive(b, edit(a, DEVICES[0] as string, 'park', 'P'));
    const same = edit(createReplica(DEVICES[2] as string, wall), DEVICES[2] as string, 'park', 'P');
    receive(a, same);
    expect(isConflict(a.heads.get('park'))).toBe(false);
  });

  it('converges: any edits on any devices, exchanged in any order, leave every replica identical', () => {
    const step = fc.oneof(
      fc.record({ kind: fc.constant('edit' as const), device: fc.integer({ min: 0, max: 2 }), field: fc.constantFrom('a', 'b'), value: fc.constantFrom('1', '2', '3') }),
      fc.record({ kind: fc.constant('send' as const), from: fc.integer({ min: 0, max: 2 }), to: fc.integer({ min: 0, max: 2 }), seed: fc.integer() }),
    );
    fc.assert(fc.property(fc.array(step, { maxLength: 40 }), fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 40, maxLength: 40 }), (steps, drift) => {
      let tick = 0;
      const replicas = DEVICES.map((d, i) => createReplica(d, () => 1_000 + tick * 10 + (drift[i] ?? 0)));
      const written: FieldOperation[] = [];
      for (const s of steps) {
        tick++;
        if (s.kind === 'edit') written.push(edit(replicas[s.device] as Replica, DEVICES[s.device] as string, s.field, s.value));
        else {
          const ops = [...(replicas[s.from] as Replica).known.values()];
          // A package or a pull delivers some prefix of what the sender knows, in any order.
          const shuffled = ops.map((op, i) => ({ op, key: (i * 7919 + s.seed) % 1009 })).sort((x, y) => x.key - y.key).map((x) => x.op);
          for (const op of shuffled) receive(replicas[s.to] as Replica, op);
        }
      }
      // Finally everyone exchanges everything, in reverse order for good measure.
      const all = written.slice().reverse();
      for (const replica of replicas) for (const op of all) receive(replica, op);
      const views = replicas.map((r) => JSON.stringify([...r.heads.entries()].sort()));
      expect(new Set(views).size).toBe(1);
      // Nothing is lost: every value ever written is in every replica's history.
      for (const replica of replicas) expect(replica.known.size).toBe(written.length);
    }), { numRuns: 300 });
  });
});
