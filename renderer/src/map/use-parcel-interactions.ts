import type { MapGeoJSONFeature, Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import { useEffect, useRef } from 'react';
import type { WorkspaceStore } from '../workspace/workspace-store.ts';
import { parcelFeatures, sourceIdOf } from './map-layer-order.ts';
import { dotLayerId, fillLayerId } from './map-style.ts';

/** Box selection needs the mouse to move this far (px) before it counts as a drag. */
const DRAG_THRESHOLD_PX = 4;

function parcelIdOf(feature: MapGeoJSONFeature): string | undefined {
  const id = feature.id ?? feature.properties.parcelId;
  return id === undefined || id === null ? undefined : String(id);
}

/** The layers that take the mouse (parcel fills close in, parcel points far out) of the given stored layers. */
function fillLayers(map: MapLibreMap, layerIds: readonly string[]): string[] {
  return layerIds.flatMap((id) => [fillLayerId(sourceIdOf(id)), dotLayerId(sourceIdOf(id))]).filter((id) => map.getLayer(id));
}

/** A screen position in px, relative to the map's canvas container. */
interface ScreenPoint {
  readonly x: number;
  readonly y: number;
}

/**
 * Parcel ids of the features drawn in the screen box between two opposite
 * corners (px), once each. Far out, where parcels are dots, a parcel counts
 * when its point is in the box (not when only the dot's rim reaches in).
 */
function parcelIdsInBox(map: MapLibreMap, from: ScreenPoint, to: ScreenPoint, layerIds: readonly string[]): string[] {
  const layers = fillLayers(map, layerIds);
  if (layers.length === 0) return [];
  const minX = Math.min(from.x, to.x), minY = Math.min(from.y, to.y), maxX = Math.max(from.x, to.x), maxY = Math.max(from.y, to.y);
  const inBox = (x: number, y: number) => x >= minX && x <= maxX && y >= minY && y <= maxY;
  const ids = new Set<string>();
  for (const feature of map.queryRenderedFeatures([[minX, minY], [maxX, maxY]], { layers })) {
    const id = parcelIdOf(feature);
    if (!id) continue;
    if (feature.geometry.type === 'Point') {
      const at = map.project(feature.geometry.coordinates as [number, number]);
      if (!inBox(at.x, at.y)) continue;
    }
    ids.add(id);
  }
  return [...ids];
}

/** The parcel under the mouse: its source and id. */
interface Hovered {
  readonly source: string;
  readonly id: string;
}

/**
 * Mouse on parcels: hover highlight (feature state), click opens the card,
 * Ctrl/Shift/⌘-click toggles in the selection, Shift+drag selects every parcel
 * in the box. Off while `suspended` (a measuring tool owns the clicks).
 */
export function useParcelInteractions(
  map: MapLibreMap | undefined, workspace: WorkspaceStore | undefined, layerIds: readonly string[], suspended: boolean,
): void {
  const suspendedRef = useRef(suspended);
  suspendedRef.current = suspended;

  useEffect(() => {
    if (!map || !workspace) return;
    let hovered: Hovered | undefined;
    const setHover = (next: Hovered | undefined) => {
      if (hovered?.id === next?.id && hovered?.source === next?.source) return;
      if (hovered && map.getSource(hovered.source)) for (const target of parcelFeatures(hovered.source, hovered.id)) map.setFeatureState(target, { hover: false });
      if (next) for (const target of parcelFeatures(next.source, next.id)) map.setFeatureState(target, { hover: true });
      hovered = next;
      map.getCanvas().style.cursor = next ? 'pointer' : '';
    };
    const topParcel = (event: MapMouseEvent) => {
      const layers = fillLayers(map, layerIds);
      const feature = layers.length ? map.queryRenderedFeatures(event.point, { layers })[0] : undefined;
      const id = feature ? parcelIdOf(feature) : undefined;
      return feature && id ? { source: feature.source, id } : undefined;
    };
    const onMove = (event: MapMouseEvent) => setHover(suspendedRef.current ? undefined : topParcel(event));
    const onLeave = () => setHover(undefined);
    const onClick = (event: MapMouseEvent) => {
      if (suspendedRef.current) return;
      const parcel = topParcel(event);
      if (!parcel) return;
      const { ctrlKey, metaKey, shiftKey } = event.originalEvent;
      if (ctrlKey || metaKey || shiftKey) workspace.select([parcel.id], 'toggle');
      else workspace.openParcel(parcel.id);
    };

    // Shift+drag draws a box (MapLibre's own Shift+drag box zoom is turned off).
    map.boxZoom.disable();
    const canvas = map.getCanvasContainer();
    let start: ScreenPoint | undefined;
    let box: HTMLDivElement | undefined;
    const pointOf = (event: MouseEvent): ScreenPoint => {
      const rect = canvas.getBoundingClientRect();
      return { x: event.clientX - rect.left - canvas.clientLeft, y: event.clientY - rect.top - canvas.clientTop };
    };
    const onMouseMove = (event: MouseEvent) => {
      if (!start) return;
      const at = pointOf(event);
      if (!box && Math.hypot(at.x - start.x, at.y - start.y) < DRAG_THRESHOLD_PX) return;
      if (!box) {
        box = document.createElement('div');
        box.className = 'map-select-box';
        box.dataset.testid = 'map-select-box';
        canvas.appendChild(box);
      }
      box.style.left = `${Math.min(start.x, at.x)}px`;
      box.style.top = `${Math.min(start.y, at.y)}px`;
      box.style.width = `${Math.abs(at.x - start.x)}px`;
      box.style.height = `${Math.abs(at.y - start.y)}px`;
    };
    const onMouseUp = (event: MouseEvent) => {
      document.removeEventListener('mousemove', onMouseMove);
      document.removeEventListener('mouseup', onMouseUp);
      map.dragPan.enable();
      const from = start;
      start = undefined;
      if (!box || !from) return;
      box.remove();
      box = undefined;
      workspace.select(parcelIdsInBox(map, from, pointOf(event), layerIds));
    };
    const onMouseDown = (event: MouseEvent) => {
      if (!event.shiftKey || event.button !== 0 || suspendedRef.current) return;
      map.dragPan.disable();
      start = pointOf(event);
      document.addEventListener('mousemove', onMouseMove);
      document.addEventListener('mouseup', onMouseUp);
    };

    map.on('mousemove', onMove);
    map.on('mouseout', onLeave);
    map.on('click', onClick);
    canvas.addEventListener('mousedown', onMouseDown, true);
    return () => {
      map.off('mousemove', onMove);
      map.off('mouseout', onLeave);
      map.off('click', onClick);
      canvas.removeEventListener('mousedown', onMouseDown, true);
      document.removeEventListener('mousemove', onMouseMove);
      document.removeEventListener('mouseup', onMouseUp);
      box?.remove();
      setHover(undefined);
      map.boxZoom.enable();
    };
  }, [map, workspace, layerIds]);
}
