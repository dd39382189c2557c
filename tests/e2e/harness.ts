import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll } from 'vitest';

/** Debian's Chromium; Playwright's own browser builds cannot be downloaded here. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
  '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
];

/** Serves the built renderer (dist-renderer) on a free loopback port. */
export async function startPreviewServer(): Promise<{ url: string; close: () => Promise<void> }> {
  const server: PreviewServer = await preview({
    configFile: join(import.meta.dirname, '../../renderer/vite.config.ts'),
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
    logLevel: 'error',
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () => new Promise((resolve) => server.httpServer.close(() => resolve())),
  };
}

export interface BrowserProfile {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Console errors and page errors seen so far (CSP violations show up here). */
  readonly errors: string[];
  close(): Promise<void>;
}

export interface ProfileOptions {
  /** Extra Chromium switches, e.g. a fake camera. */
  readonly args?: readonly string[];
}

/** A fresh browser profile (its own user-data-dir), like a new laptop. */
export async function openProfile(options: ProfileOptions = {}): Promise<BrowserProfile> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'parceldesk-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, ...(options.args ?? [])],
    headless: true,
    viewport: { width: 1280, height: 800 },
    locale: 'zh-CN',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return {
    context,
    page,
    errors,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** A preview server and a fresh browser profile shared by the tests of one describe block. */
export interface BrowserSession {
  /** The preview server's address, e.g. http://127.0.0.1:4173/. */
  readonly url: string;
  readonly profile: BrowserProfile;
  readonly page: Page;
}

export interface BrowserSessionOptions extends ProfileOptions {
  /** Runs once server and profile are up, before the first test (e.g. opening the demo). */
  readonly prepare?: (session: BrowserSession) => Promise<void>;
}

/**
 * Call inside a describe block: starts the preview server and a fresh profile
 * before its tests and closes both after them. Read the fields in hooks and tests.
 */
export function useBrowserSession(options: BrowserSessionOptions = {}): BrowserSession {
  let server: Awaited<ReturnType<typeof startPreviewServer>> | undefined;
  let profile: BrowserProfile | undefined;
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the browser session has not started (read it in a hook or test)');
    return value;
  };
  const session: BrowserSession = {
    get url() { return started(server).url; },
    get profile() { return started(profile); },
    get page() { return started(profile).page; },
  };
  beforeAll(async () => {
    server = await startPreviewServer();
    profile = await openProfile(options);
    await options.prepare?.(session);
  });
  afterAll(async () => {
    await profile?.close();
    await server?.close();
  });
  return session;
}
