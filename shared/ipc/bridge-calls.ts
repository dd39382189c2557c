/**
 * The names of the bridge calls and how they travel, without their schemas, so
 * the sandboxed preload stays small (no zod). bridge-contract.ts holds the
 * schemas; a test checks that both list the same calls.
 */
export const BRIDGE_CALL_NAMES = ['getAppInfo', 'openExternal', 'saveFile', 'printToPdf'] as const;

export type BridgeCallName = (typeof BRIDGE_CALL_NAMES)[number];

/** Name of the global the preload defines in the renderer's main world. */
export const BRIDGE_GLOBAL_NAME = 'parcelDesk';

/** The IPC channel that carries a call. */
export function bridgeChannel(name: BridgeCallName): string {
  return `parceldesk:${name}`;
}
