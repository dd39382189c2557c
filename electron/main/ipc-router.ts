import type { IpcMain, WebFrameMain } from 'electron';
import { bridgeCallNames, bridgeChannel } from '../../shared/ipc/bridge-contract.ts';
import { dispatchBridgeCall, type BridgeHandlers } from './bridge-dispatch.ts';
import type { SenderFrameInfo } from './ipc-sender.ts';

function frameInfo(frame: WebFrameMain | null): SenderFrameInfo | null {
  return frame ? { url: frame.url, isMainFrame: frame.parent === null } : null;
}

/** Registers one ipcMain handler per contract entry, each going through dispatchBridgeCall. */
export function registerBridge(ipcMain: IpcMain, handlers: BridgeHandlers): void {
  for (const name of bridgeCallNames()) {
    ipcMain.handle(bridgeChannel(name), (event, ...args: unknown[]) =>
      dispatchBridgeCall(name, frameInfo(event.senderFrame), args, handlers),
    );
  }
}
