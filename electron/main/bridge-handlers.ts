import { writeFile } from 'node:fs/promises';
import { app, BrowserWindow, dialog, shell } from 'electron';
import type { BridgeHandlers } from './bridge-dispatch.ts';
import { isSafeExternalUrl } from './external-url.ts';

/** The main-process side of every bridge call. Arguments arrive already validated. */
export const bridgeHandlers: BridgeHandlers = {
  async getAppInfo() {
    return { name: app.getName(), version: app.getVersion(), platform: 'electron' as const };
  },
  async openExternal(url) {
    if (!isSafeExternalUrl(url)) return false;
    await shell.openExternal(url);
    return true;
  },
  async saveFile({ suggestedName, bytes }) {
    const window = BrowserWindow.getFocusedWindow();
    const options = { defaultPath: suggestedName };
    const choice = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath) return { saved: false };
    await writeFile(choice.filePath, bytes);
    return { saved: true, fileName: choice.filePath };
  },
  async printToPdf({ suggestedName, landscape }) {
    const window = BrowserWindow.getFocusedWindow();
    if (!window) return { saved: false };
    // Print CSS (A4, one card per page) is applied by Chromium exactly as for paper.
    const pdf = await window.webContents.printToPDF({ pageSize: 'A4', landscape: landscape ?? false, printBackground: true, preferCSSPageSize: true });
    const choice = await dialog.showSaveDialog(window, { defaultPath: suggestedName, filters: [{ name: 'PDF', extensions: ['pdf'] }] });
    if (choice.canceled || !choice.filePath) return { saved: false };
    await writeFile(choice.filePath, pdf);
    return { saved: true, fileName: choice.filePath };
  },
};
