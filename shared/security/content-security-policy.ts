/**
 * The Content-Security-Policy of the app window, shared by the Electron protocol
 * handler (as a response header) and the web build (as a meta tag), so the
 * browser e2e tests run under the same policy the desktop app ships with.
 *
 * - scripts and workers only from the app itself (MapLibre's worker is a bundled
 *   file, set with maplibregl.setWorkerUrl, so no blob: scripts are needed);
 *   'wasm-unsafe-eval' lets the page compile WebAssembly (sql.js, which reads
 *   MBTiles basemaps); it allows no JavaScript eval and no script from elsewhere;
 * - images and fetches also from blob:/data: (photos, generated files), and
 *   from https: for online basemap tiles the user configures (OSM, Tianditu);
 *   fetches also from plain http on this computer only (a sync hub run locally,
 *   `npm run hub`); a hub on another computer must use https;
 * - frames only from blob: (the dossier shows a stored PDF in an <iframe> on an
 *   object URL of its bytes; Electron denies window.open, and blob: URLs can only
 *   be made by the app itself), no plugins, no form posts, no <base> rewriting.
 */
export const APP_CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'worker-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:', 'https:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'", 'blob:', 'data:', 'https:', 'http://localhost:*', 'http://127.0.0.1:*'],
  'object-src': ["'none'"],
  'frame-src': ['blob:'],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
};

/** Directives that browsers ignore in a <meta> policy and honour only as a header. */
const HEADER_ONLY = new Set(['frame-ancestors']);

/** The policy as a header value; frame-ancestors is added because a header honours it. */
export function appCspHeader(): string {
  return serialize({ ...APP_CSP_DIRECTIVES, 'frame-ancestors': ["'none'"] });
}

/** The policy for a <meta http-equiv> tag (without header-only directives). */
export function appCspMeta(): string {
  return serialize(Object.fromEntries(Object.entries(APP_CSP_DIRECTIVES).filter(([name]) => !HEADER_ONLY.has(name))));
}

function serialize(directives: Readonly<Record<string, readonly string[]>>): string {
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}
