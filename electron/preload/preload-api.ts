import { bridgeCallNames, bridgeChannel, type BridgeApi } from '../../shared/ipc/bridge-contract.ts';

/** Sends one call over IPC; in the preload this is ipcRenderer.invoke. */
export type Invoke = (channel: string, ...args: unknown[]) => Promise<unknown>;

/** The object the preload exposes: exactly one function per contract entry, frozen. */
export function buildPreloadApi(invoke: Invoke): BridgeApi {
  const entries = bridgeCallNames().map((name) => [name, (...args: unknown[]) => invoke(bridgeChannel(name), ...args)]);
  return Object.freeze(Object.fromEntries(entries)) as BridgeApi;
}
