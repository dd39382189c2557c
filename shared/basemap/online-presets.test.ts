import { describe, expect, it } from 'vitest';
import { onlineBasemap } from './online-presets.ts';
import { offsetDatumProvider, tileTemplateProblem } from './tile-url-template.ts';

describe('online basemap presets', () => {
  it('gives Tianditu base and label layers in Web Mercator with the user\'s key', () => {
    const map = onlineBasemap('tiandituImage', ' abc123 ');
    expect(map?.templates).toHaveLength(2);
    expect(map?.templates[0]).toContain('t{0-7}.tianditu.gov.cn/img_w/wmts?');
    expect(map?.templates[1]).toContain('/cia_w/wmts?');
    expect(map?.templates[0]).toMatch(/TILEMATRIXSET=w&.*TILEMATRIX=\{z\}&TILEROW=\{y\}&TILECOL=\{x\}&tk=abc123$/);
    for (const template of map?.templates ?? []) {
      expect(tileTemplateProblem(template)).toBeUndefined();
      expect(offsetDatumProvider(template)).toBeUndefined();
    }
  });

  it('needs a key for Tianditu and a template for a custom map; OSM needs nothing', () => {
    expect(onlineBasemap('tiandituVector', '  ')).toBeUndefined();
    expect(onlineBasemap('custom')).toBeUndefined();
    expect(onlineBasemap('custom', '', ' https://x.example/{z}/{x}/{y}.png ')?.templates).toEqual(['https://x.example/{z}/{x}/{y}.png']);
    expect(onlineBasemap('osm')?.templates).toEqual(['https://tile.openstreetmap.org/{z}/{x}/{y}.png']);
  });
});
