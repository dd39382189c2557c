import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import type { LayerRecord } from '../../../shared/model/project.ts';
import type { ParcelDeskDatabase } from '../storage/database.ts';
import type { ParcelIndex } from '../survey/parcel-index.ts';
import { loadPrintCard, type PrintCardData } from './load-print-card.ts';
import { PrintView } from './PrintView.tsx';

/** What printing needs from the open project (a `Survey` fits). */
export interface PrintSource {
  readonly db: ParcelDeskDatabase;
  readonly loaded: { readonly layers: readonly LayerRecord[] };
  readonly index: ParcelIndex;
}

export interface PrintOptions {
  /**
   * Prints the rendered view; window.print() by default. The Electron bridge's
   * printToPDF can be passed here instead once it exists.
   */
  readonly print?: () => void | Promise<void>;
  /** The time printed in each card's footer. */
  readonly now?: Date;
}

export const PRINT_ROOT_ID = 'print-root';

let root: Root | undefined;
let objectUrls: string[] = [];

/** The dedicated print root beside the app's #root, created on first use. */
function printRootElement(): HTMLElement {
  let element = document.getElementById(PRINT_ROOT_ID);
  if (!element) {
    element = document.createElement('div');
    element.id = PRINT_ROOT_ID;
    element.dataset.testid = PRINT_ROOT_ID;
    document.body.appendChild(element);
  }
  return element;
}

/** Removes the print view and frees its photos' object URLs. */
export function clearPrintView(): void {
  root?.unmount();
  root = undefined;
  for (const url of objectUrls) URL.revokeObjectURL(url);
  objectUrls = [];
}

function imagesLoaded(element: HTMLElement): Promise<unknown> {
  return Promise.all([...element.querySelectorAll('img')].map((img) => (img.complete ? undefined
    : new Promise((resolve) => { img.addEventListener('load', resolve, { once: true }); img.addEventListener('error', resolve, { once: true }); }))));
}

const pad = (n: number) => String(n).padStart(2, '0');
const localTime = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;

/**
 * Prints parcel cards, one per page: reads each parcel (values with edits,
 * outline, photos), renders the print view into its own root, waits for the
 * photos, then prints. The view stays until it has been printed or the next print replaces it.
 */
export async function printCards(source: PrintSource, parcelIds: readonly string[], options: PrintOptions = {}): Promise<void> {
  const cards: PrintCardData[] = [];
  try {
    for (const parcelId of parcelIds) cards.push(await loadPrintCard(source.db, source.loaded.layers, source.index, parcelId));
  } catch (error) {
    for (const card of cards) for (const photo of card.photos) URL.revokeObjectURL(photo.url);
    throw error;
  }
  clearPrintView();
  objectUrls = cards.flatMap((card) => card.photos.map((photo) => photo.url));
  const element = printRootElement();
  const current = createRoot(element);
  root = current;
  flushSync(() => current.render(createElement(PrintView, { cards, printedAt: localTime(options.now ?? new Date()) })));
  await imagesLoaded(element);
  // Cleared once this view has been printed: an afterprint that follows a beforeprint seen while it was shown
  // (a late afterprint from an earlier print must not remove it).
  window.addEventListener('beforeprint', () => {
    window.addEventListener('afterprint', () => { if (root === current) clearPrintView(); }, { once: true });
  }, { once: true });
  await (options.print ?? (() => window.print()))();
}
