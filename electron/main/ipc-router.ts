import type { IpcMain, WebFrameMain } from 'electron';
import { BRIDGE_CALL_NAMES, bridgeChannel } from '../../shared/ipc/bridge-calls.ts';
import { dispatchBridgeCall, type BridgeHandlers } from './bridge-dispatch.ts';
import type { SenderFrameInfo } from './ipc-sender.ts';

function frameInfo(frame: WebFrameMain | null): SenderFrameInfo | null {
  return frame ? { url: frame.url, isMainFrame: frame.parent === null } : null;
}

/** Registers one ipcMain handler per contract entry, each going through dispatchBridgeCall. */
export function registerBridge(ipcMain: IpcMain, handlers: BridgeHandlers): void {
  for (const name of BRIDGE_CALL_NAMES) {
    ipcMain.handle(bridgeChannel(name), (event, ...args: unknown[]) =>
      dispatchBridgeCall(name, frameInfo(event.senderFrame), args, handlers),
    );
  }
}
