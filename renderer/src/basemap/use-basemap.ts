import type { Map as MapLibreMap } from 'maplibre-gl';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { OnlinePreset } from '../../../shared/basemap/online-presets.ts';
import { useOnlineStatus } from '../status/use-online-status.ts';
import type { ParcelDeskDatabase } from '../storage/database.ts';
import { readBasemapChoice, writeBasemapChoice, type BasemapChoice, type LocalBasemapKind } from './basemap-choice.ts';
import { showBasemap, type BasemapLayerSet } from './basemap-layers.ts';
import { onlineLayerSet } from './online-basemap.ts';
import { BasemapError, type BasemapSummary, type OpenedBasemap } from './opened-basemap.ts';

export type BasemapStatus =
  | { readonly state: 'none' }
  | { readonly state: 'loading' }
  | { readonly state: 'local'; readonly summary: BasemapSummary }
  | { readonly state: 'online'; readonly preset: OnlinePreset }
  | { readonly state: 'offline'; readonly preset: OnlinePreset }
  | { readonly state: 'repick'; readonly kind: LocalBasemapKind; readonly name: string }
  | { readonly state: 'error'; readonly code: string };

export interface BasemapController {
  readonly choice: BasemapChoice;
  readonly status: BasemapStatus;
  chooseNone(): void;
  openFile(kind: 'pmtiles' | 'mbtiles', file: File): void;
  openFolder(files: readonly File[]): void;
  chooseOnline(preset: OnlinePreset, key: string, template: string): void;
}

/**
 * The map's basemap: none (the offline background), a local PMTiles / MBTiles
 * file or tile folder, or an online template used only while the browser is
 * online. The choice is kept in settings and restored at start (local files
 * must be picked again: a page cannot reopen a file by itself).
 */
export function useBasemap(map: MapLibreMap | undefined, db: ParcelDeskDatabase | undefined): BasemapController {
  const [choice, setChoice] = useState<BasemapChoice>({ kind: 'none' });
  const [status, setStatus] = useState<BasemapStatus>({ state: 'none' });
  const [local, setLocal] = useState<BasemapLayerSet>();
  const opened = useRef<OpenedBasemap | undefined>(undefined);
  const online = useOnlineStatus();

  const remember = useCallback((next: BasemapChoice) => {
    setChoice(next);
    if (db) void writeBasemapChoice(db, next);
  }, [db]);

  const closeLocal = useCallback(() => {
    opened.current?.close();
    opened.current = undefined;
    setLocal(undefined);
  }, []);

  useEffect(() => {
    if (!db) return;
    let cancelled = false;
    void readBasemapChoice(db).then((stored) => {
      if (cancelled) return;
      setChoice(stored);
      if (stored.kind === 'pmtiles' || stored.kind === 'mbtiles' || stored.kind === 'xyzFolder') {
        setStatus({ state: 'repick', kind: stored.kind, name: stored.name });
      }
    });
    return () => {
      cancelled = true;
    };
  }, [db]);

  useEffect(() => () => opened.current?.close(), []);

  // What to draw: the opened local store, or the online template while online.
  const onlineSet = choice.kind === 'online' ? onlineLayerSet(choice.preset, choice.key ?? '', choice.template ?? '') : undefined;
  const onlineKey = choice.kind === 'online' ? JSON.stringify(choice) : '';
  useEffect(() => {
    if (choice.kind !== 'online') return;
    if (onlineSet && 'problem' in onlineSet) setStatus({ state: 'error', code: onlineSet.problem });
    else setStatus({ state: online ? 'online' : 'offline', preset: choice.preset });
    // onlineKey stands for choice and onlineSet.
  }, [onlineKey, online]); // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => {
    if (!map) return;
    const set = choice.kind === 'online' ? (online && onlineSet && !('problem' in onlineSet) ? onlineSet : undefined) : local;
    showBasemap(map, set);
  }, [map, local, onlineKey, online]); // eslint-disable-line react-hooks/exhaustive-deps

  const open = useCallback((next: BasemapChoice, opening: () => Promise<OpenedBasemap>) => {
    setStatus({ state: 'loading' });
    opening().then((result) => {
      closeLocal();
      opened.current = result;
      setLocal(result.layerSet);
      setStatus({ state: 'local', summary: result.summary });
      remember(next);
    }, (error: unknown) => {
      setStatus({ state: 'error', code: error instanceof BasemapError ? error.code : 'unreadable' });
    });
  }, [remember, closeLocal]);

  return {
    choice,
    status,
    chooseNone: () => {
      closeLocal();
      remember({ kind: 'none' });
      setStatus({ state: 'none' });
    },
    // The readers (pmtiles, sql.js) load on first use only.
    openFile: (kind, file) => open({ kind, name: file.name }, async () => (kind === 'pmtiles'
      ? (await import('./pmtiles-basemap.ts')).openPmtilesBasemap(file)
      : (await import('./mbtiles-basemap.ts')).openMbtilesBasemap(file))),
    openFolder: (files) => {
      const name = (files[0]?.webkitRelativePath || files[0]?.name || '').split(/[\\/]/)[0] ?? '';
      open({ kind: 'xyzFolder', name }, async () => (await import('./xyz-folder-basemap.ts')).openXyzFolderBasemap(files));
    },
    chooseOnline: (preset, key, template) => {
      closeLocal();
      remember({ kind: 'online', preset, ...(key ? { key } : {}), ...(template ? { template } : {}) });
    },
  };
}
