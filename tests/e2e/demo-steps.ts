import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** Parcels in the demo project (six Xuchang parks). */
export const DEMO_PARCEL_COUNT = 2464;

export interface OpenDemoOptions {
  /**
   * What shows the demo is open: the map has drawn its parcels ('map', the
   * default), the side panel counts the demo's parcels ('count'), or the ledger
   * button is there ('ledger').
   */
  readonly until?: 'map' | 'count' | 'ledger';
  /** With 'map': wait until exactly this many parcels are drawn. */
  readonly parcels?: number;
  readonly timeoutMs?: number;
}

/** Loads the app at `url`, clicks 打开示例项目 and waits until the demo is open. */
export async function openDemo(page: Page, url: string, options: OpenDemoOptions = {}): Promise<void> {
  await page.goto(url);
  await page.getByTestId('open-demo').click();
  const timeout = options.timeoutMs ?? 60_000;
  switch (options.until ?? 'map') {
    case 'map': {
      const parcels = options.parcels === undefined ? '' : `="${options.parcels}"`;
      return page.locator(`[data-testid=map][data-parcels${parcels}]`).waitFor({ timeout });
    }
    case 'count':
      return page.getByTestId('parcel-count').filter({ hasText: String(DEMO_PARCEL_COUNT) }).waitFor({ timeout });
    case 'ledger':
      return page.getByTestId('toggle-ledger').waitFor({ timeout });
  }
}

/** Sets who is surveying on which device (the identity dialog), as edits require. */
export async function setSurveyor(page: Page, author: string, device: string): Promise<void> {
  await page.getByTestId('identity-button').click();
  await page.getByTestId('identity-author').fill(author);
  await page.getByTestId('identity-device').fill(device);
  await page.getByTestId('identity-save').click();
}

/** Searches for a landholder that names one parcel, opens the result and waits for its card. */
export async function openCardByLandholder(page: Page, landholder: string, timeoutMs?: number): Promise<void> {
  await page.getByTestId('search-input').fill(landholder);
  await expect.poll(() => page.getByTestId('search-result').count(), timeoutMs === undefined ? {} : { timeout: timeoutMs }).toBe(1);
  await page.getByTestId('search-result').first().click();
  await page.getByTestId('parcel-card').waitFor();
}

/** One surveyor's device: opens the demo at `url`, sets the surveyor, and opens the card of `landholder`'s parcel. */
export async function openDemoAs(page: Page, url: string, author: string, device: string, landholder: string): Promise<void> {
  await openDemo(page, url, { until: 'count', timeoutMs: 90_000 });
  await setSurveyor(page, author, device);
  await openCardByLandholder(page, landholder, 30_000);
}

/** Records of one store of the app's IndexedDB with the given keys (undefined where there is none), read in the page. */
export async function readStoredRecords<T>(page: Page, store: string, keys: readonly string[]): Promise<(T | undefined)[]> {
  return (await readStore(page, store, [...keys])) as (T | undefined)[];
}

/** Every record of one store of the app's IndexedDB, in key order, read in the page. */
export async function readAllStoredRecords<T>(page: Page, store: string): Promise<T[]> {
  return (await readStore(page, store, null)) as T[];
}

/** Records must survive structured cloning to the test (no Blobs). */
function readStore(page: Page, store: string, keys: string[] | null): Promise<unknown[]> {
  return page.evaluate(async ({ store, keys }) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('parceldesk');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const read = <R,>(request: () => IDBRequest<R>) => new Promise<R>((resolve, reject) => {
      const pending = request();
      pending.onsuccess = () => resolve(pending.result);
      pending.onerror = () => reject(pending.error);
    });
    const objectStore = () => db.transaction(store).objectStore(store);
    try {
      return keys === null
        ? await read(() => objectStore().getAll())
        : await Promise.all(keys.map((key) => read(() => objectStore().get(key))));
    } finally {
      db.close();
    }
  }, { store, keys });
}
