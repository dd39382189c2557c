import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAppUrl } from './app-origin.ts';
import { mimeTypeForPath, resolveAppFilePath } from './app-path.ts';

const ROOT = path.resolve('/opt/parceldesk/dist-renderer');

describe('app:// path guard', () => {
  it('serves files under the root, and index.html for /', () => {
    expect(resolveAppFilePath('app://parceldesk/', ROOT)).toBe(path.join(ROOT, 'index.html'));
    expect(resolveAppFilePath('app://parceldesk/assets/index-abc.js?v=1', ROOT)).toBe(path.join(ROOT, 'assets/index-abc.js'));
    expect(resolveAppFilePath('app://parceldesk/demo/%E8%AE%B8%E6%98%8C.zip', ROOT)).toBe(path.join(ROOT, 'demo/许昌.zip'));
  });

  it.each([
    ['app://parceldesk/../secret.txt', 'secret.txt'],
    ['app://parceldesk/%2e%2e/%2e%2e/etc/passwd', 'etc/passwd'],
  ])('keeps dot segments that the URL parser resolves inside the root: %s', (url, inside) => {
    expect(resolveAppFilePath(url, ROOT)).toBe(path.join(ROOT, inside));
  });

  it.each([
    'app://parceldesk/assets/..%2F..%2Fetc%2Fpasswd',
    'app://parceldesk/..%5C..%5Cwindows%5Cwin.ini',
    'app://parceldesk/assets%00.js',
    'app://parceldesk/%E0%A4%A',
    'app://evil/index.html',
    'file:///etc/passwd',
    'https://parceldesk/index.html',
    'not a url',
  ])('refuses %s', (url) => {
    expect(resolveAppFilePath(url, ROOT)).toBeNull();
  });

  it('labels scripts and the demo zip with their content types', () => {
    expect(mimeTypeForPath('/x/a.mjs')).toMatch(/javascript/);
    expect(mimeTypeForPath('/x/demo.zip')).toBe('application/zip');
    expect(mimeTypeForPath('/x/unknown.bin')).toBe('application/octet-stream');
  });

  it('recognises only its own origin', () => {
    expect(isAppUrl('app://parceldesk/index.html')).toBe(true);
    expect(isAppUrl('app://parceldesk.evil.com/index.html')).toBe(false);
    expect(isAppUrl('app://user:pw@parceldesk/')).toBe(false);
    expect(isAppUrl('http://parceldesk/')).toBe(false);
  });
});
