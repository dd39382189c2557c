import { BRIDGE_CALL_NAMES, bridgeChannel } from '../../shared/ipc/bridge-calls.ts';
import type { BridgeApi } from '../../shared/ipc/bridge-contract.ts';

/** Sends one call over IPC; in the preload this is ipcRenderer.invoke. */
export type Invoke = (channel: string, ...args: unknown[]) => Promise<unknown>;

/** The object the preload exposes: exactly one function per contract entry, frozen. */
export function buildPreloadApi(invoke: Invoke): BridgeApi {
  const entries = BRIDGE_CALL_NAMES.map((name) => [name, (...args: unknown[]) => invoke(bridgeChannel(name), ...args)]);
  return Object.freeze(Object.fromEntries(entries)) as BridgeApi;
}
