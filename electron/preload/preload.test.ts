import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BRIDGE_GLOBAL_NAME, bridgeChannel } from '../../shared/ipc/bridge-calls.ts';
import { bridgeContract } from '../../shared/ipc/bridge-contract.ts';

const exposed = new Map<string, unknown>();
const invoke = vi.fn(async (..._args: unknown[]) => 'answer');

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
  ipcRenderer: { invoke: (...args: unknown[]) => invoke(...args), send: vi.fn(), on: vi.fn() },
}));

describe('preload', () => {
  beforeEach(async () => {
    exposed.clear();
    vi.resetModules();
    await import('./preload.ts');
  });

  it('exposes one global whose keys are exactly the contract calls', () => {
    expect([...exposed.keys()]).toEqual([BRIDGE_GLOBAL_NAME]);
    const api = exposed.get(BRIDGE_GLOBAL_NAME) as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual(Object.keys(bridgeContract).sort());
    expect(Object.values(api).every((value) => typeof value === 'function')).toBe(true);
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('forwards each call to its own channel and nothing raw', async () => {
    const api = exposed.get(BRIDGE_GLOBAL_NAME) as Record<string, (...args: unknown[]) => Promise<unknown>>;
    await expect(api.openExternal?.('https://example.com')).resolves.toBe('answer');
    expect(invoke).toHaveBeenLastCalledWith(bridgeChannel('openExternal'), 'https://example.com');
    expect(api).not.toHaveProperty('invoke');
    expect(api).not.toHaveProperty('ipcRenderer');
  });
});
