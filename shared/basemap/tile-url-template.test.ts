import { describe, expect, it } from 'vitest';
import { expandTileTemplate, offsetDatumProvider, tileTemplateProblem } from './tile-url-template.ts';

describe('GCJ-02 / BD-09 tile sources', () => {
  it('recognises Gaode/AutoNavi, Tencent and Baidu hosts, whatever the subdomain placeholder', () => {
    expect(offsetDatumProvider('https://webrd0{1-4}.is.autonavi.com/appmaptile?lang=zh_cn&size=1&scale=1&style=8&x={x}&y={y}&z={z}')).toBe('amap');
    expect(offsetDatumProvider('https://wprd{s}.is.autonavi.com/appmaptile?x={x}&y={y}&z={z}&style=7')).toBe('amap');
    expect(offsetDatumProvider('https://webst01.is.AMAP.com/appmaptile?style=6&x={x}&y={y}&z={z}')).toBe('amap');
    expect(offsetDatumProvider('https://rt{s}.map.gtimg.com/tile?z={z}&x={x}&y={-y}&type=vector')).toBe('tencent');
    expect(offsetDatumProvider('https://maponline{s}.bdimg.com/tile/?qt=vtile&x={x}&y={y}&z={z}')).toBe('baidu');
    expect(offsetDatumProvider('http://online1.map.bdimg.com:8080/onlinelabel/?x={x}&y={y}&z={z}')).toBe('baidu');
  });

  it('does not flag Tianditu (CGCS2000), OpenStreetMap or a host merely containing the names', () => {
    expect(offsetDatumProvider('https://t{0-7}.tianditu.gov.cn/vec_w/wmts?TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=k')).toBeUndefined();
    expect(offsetDatumProvider('https://tile.openstreetmap.org/{z}/{x}/{y}.png')).toBeUndefined();
    expect(offsetDatumProvider('https://tiles.example.org/amap.com/{z}/{x}/{y}.png')).toBeUndefined();
    expect(offsetDatumProvider('not a url')).toBeUndefined();
  });
});

describe('tile URL templates', () => {
  it('accepts https templates with z, x and y (or -y) and names what is wrong otherwise', () => {
    expect(tileTemplateProblem('https://tile.openstreetmap.org/{z}/{x}/{y}.png')).toBeUndefined();
    expect(tileTemplateProblem(' HTTPS://10.1.2.3/tms/{z}/{x}/{-y}.png')).toBeUndefined();
    expect(tileTemplateProblem('http://10.1.2.3/tms/{z}/{x}/{y}.png')).toBe('notHttps');
    expect(tileTemplateProblem('file:///tiles/{z}/{x}/{y}.png')).toBe('notHttps');
    expect(tileTemplateProblem('https://example.org/{z}/{x}.png')).toBe('missingZxy');
  });

  it('expands {s} and numeric ranges into one URL each, and {-y} into TMS rows', () => {
    expect(expandTileTemplate('https://{s}.tile.example.org/{z}/{x}/{y}.png')).toEqual({
      tiles: ['https://a.tile.example.org/{z}/{x}/{y}.png', 'https://b.tile.example.org/{z}/{x}/{y}.png', 'https://c.tile.example.org/{z}/{x}/{y}.png'],
      scheme: 'xyz',
    });
    const tianditu = expandTileTemplate('https://t{0-7}.tianditu.gov.cn/img_w/wmts?TILEMATRIX={z}&TILEROW={y}&TILECOL={x}');
    expect(tianditu.tiles).toHaveLength(8);
    expect(tianditu.tiles[7]).toBe('https://t7.tianditu.gov.cn/img_w/wmts?TILEMATRIX={z}&TILEROW={y}&TILECOL={x}');
    expect(expandTileTemplate(' http://host/{z}/{x}/{-y}.png ')).toEqual({ tiles: ['http://host/{z}/{x}/{y}.png'], scheme: 'tms' });
  });
});
