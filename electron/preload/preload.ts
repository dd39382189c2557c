import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_GLOBAL_NAME } from '../../shared/ipc/bridge-calls.ts';
import { buildPreloadApi } from './preload-api.ts';

// Exposes the bridge contract and nothing else: no ipcRenderer, no Node.
contextBridge.exposeInMainWorld(
  BRIDGE_GLOBAL_NAME,
  buildPreloadApi((channel, ...args) => ipcRenderer.invoke(channel, ...args)),
);
