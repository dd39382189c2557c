/**
 * Online basemaps the chooser offers. Tianditu (天地图) serves CGCS2000-based
 * tiles in Web Mercator (`_w` matrix set) and needs the user's own key (tk);
 * each of its maps is a base layer plus a label layer.
 */
export type OnlinePreset = 'osm' | 'tiandituVector' | 'tiandituImage' | 'custom';

export const ONLINE_PRESETS: readonly OnlinePreset[] = ['osm', 'tiandituVector', 'tiandituImage', 'custom'];

/** Tile URL templates (drawn bottom to top), attribution and deepest zoom of an online basemap. */
export interface OnlineBasemap {
  readonly templates: readonly string[];
  readonly attribution: string;
  readonly maxzoom: number;
}

function tianditu(layer: string, key: string): string {
  return `https://t{0-7}.tianditu.gov.cn/${layer}_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=${layer}`
    + `&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=${encodeURIComponent(key)}`;
}

/**
 * The templates of a preset; `key` is the Tianditu key, `customTemplate` the
 * user's own template (for 'custom'). Undefined when what the preset needs is missing.
 */
export function onlineBasemap(preset: OnlinePreset, key = '', customTemplate = ''): OnlineBasemap | undefined {
  switch (preset) {
    case 'osm':
      return { templates: ['https://tile.openstreetmap.org/{z}/{x}/{y}.png'], attribution: '© OpenStreetMap contributors', maxzoom: 19 };
    case 'tiandituVector':
      return key.trim() ? { templates: [tianditu('vec', key.trim()), tianditu('cva', key.trim())], attribution: '© 天地图', maxzoom: 18 } : undefined;
    case 'tiandituImage':
      return key.trim() ? { templates: [tianditu('img', key.trim()), tianditu('cia', key.trim())], attribution: '© 天地图', maxzoom: 18 } : undefined;
    case 'custom':
      return customTemplate.trim() ? { templates: [customTemplate.trim()], attribution: '', maxzoom: 20 } : undefined;
  }
}
