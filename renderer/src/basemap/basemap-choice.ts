import { ONLINE_PRESETS, type OnlinePreset } from '../../../shared/basemap/online-presets.ts';
import type { ParcelDeskDatabase } from '../storage/database.ts';
import { readSetting, writeSetting } from '../storage/settings-store.ts';

/**
 * The basemap the user chose, as remembered in settings. A browser cannot keep
 * a picked file across reloads, so local choices remember kind and name only
 * (the user is asked to pick the file again); online choices are complete.
 */
export type BasemapChoice =
  | { readonly kind: 'none' }
  | { readonly kind: 'pmtiles' | 'mbtiles' | 'xyzFolder'; readonly name: string }
  | { readonly kind: 'online'; readonly preset: OnlinePreset; readonly key?: string; readonly template?: string };

export type LocalBasemapKind = 'pmtiles' | 'mbtiles' | 'xyzFolder';

const SETTING = 'basemap';
const NONE: BasemapChoice = { kind: 'none' };

/** A stored value checked for shape; anything unexpected reads as no basemap. */
export function parseBasemapChoice(value: unknown): BasemapChoice {
  const v = value as Record<string, unknown> | null;
  if (!v || typeof v !== 'object') return NONE;
  if ((v.kind === 'pmtiles' || v.kind === 'mbtiles' || v.kind === 'xyzFolder') && typeof v.name === 'string') return { kind: v.kind, name: v.name };
  if (v.kind === 'online' && ONLINE_PRESETS.includes(v.preset as OnlinePreset)) {
    return {
      kind: 'online', preset: v.preset as OnlinePreset,
      ...(typeof v.key === 'string' ? { key: v.key } : {}), ...(typeof v.template === 'string' ? { template: v.template } : {}),
    };
  }
  return NONE;
}

export async function readBasemapChoice(db: ParcelDeskDatabase): Promise<BasemapChoice> {
  return parseBasemapChoice(await readSetting<unknown>(db, SETTING, undefined));
}

export async function writeBasemapChoice(db: ParcelDeskDatabase, choice: BasemapChoice): Promise<void> {
  await writeSetting(db, SETTING, choice);
}
