import { describe, expect, it } from 'vitest';
import { appCspHeader, appCspMeta } from './content-security-policy.ts';

function directives(policy: string): Map<string, string[]> {
  return new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...sources]) => [name as string, sources]));
}

describe('app CSP', () => {
  const header = directives(appCspHeader());

  it('runs scripts and workers only from the app itself: no eval, no inline, no blob:', () => {
    // WebAssembly compilation (sql.js for MBTiles) is the one exception, and it is not JavaScript eval.
    expect(header.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(header.get('worker-src')).toEqual(["'self'"]);
    // The only wildcard is the port of a sync hub on this computer (connect-src).
    expect(appCspHeader().replace("'wasm-unsafe-eval'", '').replace(/http:\/\/(localhost|127\.0\.0\.1):\*/g, '')).not.toMatch(/unsafe-eval|\*/);
  });

  it('lets images and fetches come from https only beyond the app itself (online basemap tiles), plain http only from this computer (a local sync hub)', () => {
    expect(header.get('img-src')).toEqual(["'self'", 'data:', 'blob:', 'https:']);
    expect(header.get('connect-src')).toEqual(["'self'", 'blob:', 'data:', 'https:', 'http://localhost:*', 'http://127.0.0.1:*']);
    expect(appCspHeader().replace(/http:\/\/(localhost|127\.0\.0\.1):\*/g, '')).not.toMatch(/http:/);
  });

  it('blocks plugins, form posts and base rewriting, and frames anything but the app\'s own blob: documents', () => {
    expect(header.get('object-src')).toEqual(["'none'"]);
    expect(header.get('frame-src')).toEqual(['blob:']);
    expect(header.get('frame-ancestors')).toEqual(["'none'"]);
    expect(header.get('form-action')).toEqual(["'none'"]);
    expect(header.get('base-uri')).toEqual(["'none'"]);
  });

  it('leaves frame-ancestors out of the meta tag, where browsers ignore it', () => {
    expect(directives(appCspMeta()).has('frame-ancestors')).toBe(false);
  });
});
