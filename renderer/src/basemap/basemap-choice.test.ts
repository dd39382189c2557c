import { describe, expect, it } from 'vitest';
import { parseBasemapChoice } from './basemap-choice.ts';

describe('remembered basemap choice', () => {
  it('keeps local choices as kind and file name, online ones whole', () => {
    expect(parseBasemapChoice({ kind: 'mbtiles', name: '许昌.mbtiles' })).toEqual({ kind: 'mbtiles', name: '许昌.mbtiles' });
    expect(parseBasemapChoice({ kind: 'online', preset: 'tiandituImage', key: 'k1' })).toEqual({ kind: 'online', preset: 'tiandituImage', key: 'k1' });
    expect(parseBasemapChoice({ kind: 'online', preset: 'custom', template: 'https://x/{z}/{x}/{y}.png' }))
      .toEqual({ kind: 'online', preset: 'custom', template: 'https://x/{z}/{x}/{y}.png' });
  });

  it('reads anything malformed as no basemap', () => {
    for (const value of [undefined, null, 'osm', { kind: 'pmtiles' }, { kind: 'online', preset: 'google' }, { kind: 'ftp', name: 'x' }]) {
      expect(parseBasemapChoice(value)).toEqual({ kind: 'none' });
    }
  });
});
