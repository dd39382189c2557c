import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { appCspHeader } from '../../shared/security/content-security-policy.ts';
import { APP_SCHEME } from './app-origin.ts';
import { mimeTypeForPath, resolveAppFilePath } from './app-path.ts';

/** Must run before the app is ready: app:// is standard and secure, so storage and workers work. */
export function registerAppSchemePrivileges(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, codeCache: true } },
  ]);
}

/** Serves the built renderer from `rootDir` with the app's CSP on every response. */
export function serveAppProtocol(rootDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const filePath = resolveAppFilePath(request.url, rootDir);
    if (!filePath) return new Response('Not found', { status: 404 });
    try {
      const body = await readFile(filePath);
      return new Response(body, {
        headers: {
          'content-type': mimeTypeForPath(filePath),
          'content-security-policy': appCspHeader(),
          'x-content-type-options': 'nosniff',
        },
      });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}
