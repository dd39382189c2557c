import type { BridgeCallName } from '../../shared/ipc/bridge-calls.ts';
import { bridgeContract, parseBridgeArgs, type BridgeApi } from '../../shared/ipc/bridge-contract.ts';
import { isTrustedSender, type SenderFrameInfo } from './ipc-sender.ts';

/** Main-process implementations of the bridge, one per contract entry. */
export type BridgeHandlers = BridgeApi;

/** Raised to the renderer when a call is refused; the message names the reason. */
export class BridgeRefusal extends Error {
  constructor(reason: string) {
    super(`ParcelDesk refused the call: ${reason}`);
    this.name = 'BridgeRefusal';
  }
}

/**
 * Runs one bridge call: checks the sending frame, validates the arguments
 * against the contract, calls the handler and validates its result. Everything
 * that is not exactly as the contract says is refused before any handler runs.
 */
export async function dispatchBridgeCall(
  name: BridgeCallName,
  sender: SenderFrameInfo | null | undefined,
  rawArgs: unknown,
  handlers: BridgeHandlers,
): Promise<unknown> {
  if (!isTrustedSender(sender)) throw new BridgeRefusal(`untrusted sender ${JSON.stringify(sender?.url ?? null)}`);
  const parsed = parseBridgeArgs(name, rawArgs);
  if (!parsed.ok) throw new BridgeRefusal(parsed.reason);
  const handler = handlers[name] as (...args: unknown[]) => Promise<unknown>;
  const result = await handler(...parsed.args);
  return bridgeContract[name].result.parse(result);
}
