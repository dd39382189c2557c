import { describe, expect, it } from 'vitest';
import { isPermissionAllowed } from './permissions.ts';
import { secureWebPreferences } from './web-preferences.ts';

describe('window security settings', () => {
  it('isolates, sandboxes and keeps Node out of every window', () => {
    const prefs = secureWebPreferences('/app/preload.cjs');
    expect(prefs).toMatchObject({
      contextIsolation: true, sandbox: true, nodeIntegration: false, nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false, webSecurity: true, allowRunningInsecureContent: false, webviewTag: false,
    });
  });

  it('denies permissions by default, granting only persistent storage and the camera to the app itself', () => {
    expect(isPermissionAllowed('persistent-storage', 'app://parceldesk/index.html')).toBe(true);
    expect(isPermissionAllowed('persistent-storage', 'https://evil.example/')).toBe(false);
    expect(isPermissionAllowed('media', 'app://parceldesk/index.html')).toBe(true);
    expect(isPermissionAllowed('media', 'https://evil.example/')).toBe(false);
    for (const permission of ['geolocation', 'notifications', 'openExternal', 'midi', 'usb']) {
      expect(isPermissionAllowed(permission, 'app://parceldesk/index.html')).toBe(false);
    }
  });
});
