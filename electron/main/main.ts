import path from 'node:path';
import { app, BrowserWindow, ipcMain, session } from 'electron';
import { APP_ENTRY_URL } from './app-origin.ts';
import { registerAppSchemePrivileges, serveAppProtocol } from './app-protocol.ts';
import { bridgeHandlers } from './bridge-handlers.ts';
import { registerBridge } from './ipc-router.ts';
import { secureWebPreferences } from './web-preferences.ts';
import { guardSession, guardWebContents } from './window-guards.ts';

// Wiring only: every decision lives in a small module beside this one.
registerAppSchemePrivileges();
app.on('web-contents-created', (_event, contents) => guardWebContents(contents));

function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1400,
    height: 900,
    title: '园地通 ParcelDesk',
    show: false,
    webPreferences: secureWebPreferences(path.join(__dirname, 'preload.cjs')),
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_ENTRY_URL);
  return window;
}

void app.whenReady().then(() => {
  guardSession(session.defaultSession);
  serveAppProtocol(path.join(app.getAppPath(), 'dist-renderer'));
  registerBridge(ipcMain, bridgeHandlers);
  createMainWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
