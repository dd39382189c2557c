import { onlineBasemap, type OnlinePreset } from '../../../shared/basemap/online-presets.ts';
import { expandTileTemplate, tileTemplateProblem, type TemplateProblem } from '../../../shared/basemap/tile-url-template.ts';
import { rasterLayerSet, type BasemapLayerSet } from './basemap-layers.ts';

/** An online basemap's layers, or why it cannot be drawn (missing key/template, or a bad template). */
export function onlineLayerSet(preset: OnlinePreset, key: string, template: string): BasemapLayerSet | { problem: TemplateProblem | 'missing' } {
  const online = onlineBasemap(preset, key, template);
  if (!online) return { problem: 'missing' };
  for (const t of online.templates) {
    const problem = tileTemplateProblem(t);
    if (problem) return { problem };
  }
  return rasterLayerSet(online.templates.map((t) => expandTileTemplate(t)), { maxzoom: online.maxzoom, attribution: online.attribution });
}
