import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { appCspMeta } from '../shared/security/content-security-policy.ts';

/** Puts the app's CSP into the built index.html (the dev server's HMR needs inline scripts). */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'parceldesk-csp',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: appCspMeta() }, injectTo: 'head-prepend' },
    ],
  };
}

const here = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

export default defineConfig({
  root: here('.'),
  base: './',
  publicDir: here('../assets/public'),
  plugins: [react(), contentSecurityPolicy()],
  define: { __APP_VERSION__: JSON.stringify(process.env.npm_package_version ?? '0.0.0') },
  build: {
    // PARCELDESK_RENDERER_OUT lets parallel builds (e.g. several e2e runs) use their own folders.
    outDir: process.env.PARCELDESK_RENDERER_OUT ?? here('../dist-renderer'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    target: 'es2022',
  },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: false },
});
