import { BRIDGE_GLOBAL_NAME } from '../../../shared/ipc/bridge-calls.ts';
import type { BridgeApi } from '../../../shared/ipc/bridge-contract.ts';
import { webBridge } from './web-bridge.ts';

/**
 * The renderer's only way to reach the main process. In Electron the preload
 * defines window.parcelDesk; in a plain browser the web implementation stands in.
 */
export const bridge: BridgeApi =
  ((globalThis as Record<string, unknown>)[BRIDGE_GLOBAL_NAME] as BridgeApi | undefined) ?? webBridge;
