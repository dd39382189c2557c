import { describe, expect, it } from 'vitest';
import { placePointInParts } from '../photo/point-in-polygon.ts';
import { assignPark, parkByAttribute, parkByBoundary, parkNameIndex, type ParkBoundary } from './park-assignment.ts';
import { ParkPresetSchema, XUCHANG_PARK_PRESET } from './park-preset.ts';
import { parseParkPreset } from './park-preset-parse.ts';
import { representativePoint } from './representative-point.ts';

const square = (west: number, south: number, size: number) => Float64Array.of(west, south, west, south + size, west + size, south + size, west + size, south, west, south);
/** A U-shaped parcel whose centroid falls in the notch. */
const U_SHAPE = Float64Array.of(0, 0, 0, 3, 1, 3, 1, 1, 2, 1, 2, 3, 3, 3, 3, 0, 0, 0);

describe('the Xuchang park preset', () => {
  it('holds the ten parks with the plan\'s 亩均税收 bands and passes its own schema', () => {
    expect(ParkPresetSchema.parse(XUCHANG_PARK_PRESET)).toEqual(XUCHANG_PARK_PRESET);
    expect(XUCHANG_PARK_PRESET.parks).toHaveLength(10);
    const band = (name: string) => XUCHANG_PARK_PRESET.parks.find((p) => p.name === name)?.taxPerMuTarget;
    expect(band('市高新技术产业集聚区')).toEqual({ min: 25, max: 40 });
    expect(band('襄城县循环经济产业集聚区')).toEqual({ min: 18, max: 25 });
    expect(band('魏都产业集聚区')).toEqual({ min: 16, max: 20 });
    expect(XUCHANG_PARK_PRESET.parks.filter((p) => p.taxPerMuTarget?.min === 25)).toHaveLength(4);
    expect(XUCHANG_PARK_PRESET.parks.find((p) => p.name === '长葛市产业集聚区')?.leadIndustries).toEqual(['装备制造', '食品加工', '现代医药']);
  });

  it('refuses a target band whose minimum exceeds its maximum', () => {
    const bad = { ...XUCHANG_PARK_PRESET, parks: [{ ...XUCHANG_PARK_PRESET.parks[0], taxPerMuTarget: { min: 40, max: 25 } }] };
    expect(ParkPresetSchema.safeParse(bad).success).toBe(false);
  });
});

describe('parseParkPreset', () => {
  it('accepts the preset and refuses a name that points at two parks', () => {
    expect(parseParkPreset(XUCHANG_PARK_PRESET)).toEqual({ ok: true, preset: XUCHANG_PARK_PRESET });
    const [first, second] = XUCHANG_PARK_PRESET.parks;
    const clash = { ...XUCHANG_PARK_PRESET, parks: [first, { ...second, aliases: [first?.name ?? ''] }] };
    expect(parseParkPreset(clash)).toEqual({ ok: false, problems: ['"市经济技术产业集聚区" names both 市经济技术产业集聚区 and 市高新技术产业集聚区'] });
    expect(parseParkPreset({ ...XUCHANG_PARK_PRESET, parks: [] })).toEqual({ ok: false, problems: ['parks must have at least 1 entry'] });
  });
});

describe('park by attribute', () => {
  const index = parkNameIndex(XUCHANG_PARK_PRESET.parks);
  it.each([
    { value: '禹州市产业集聚区', park: '禹州市产业集聚区' },
    { value: ' 中原电气谷核心区 ', park: '市高新技术产业集聚区' },
    { value: '许昌经济技术开发区', park: '市经济技术产业集聚区' },
    { value: '郑州航空港区', park: undefined },
    { value: '', park: undefined },
  ])('"$value" → $park', ({ value, park }) => {
    expect(parkByAttribute(value, index)).toBe(park);
  });
});

describe('park by boundary', () => {
  const boundaries: ParkBoundary[] = [
    { parkName: '禹州市产业集聚区', parts: [[square(0, 0, 10)]] },
    { parkName: '长葛市产业集聚区', parts: [[square(20, 0, 10)]] },
  ];

  it('uses a point inside the parcel, even when its centroid is outside (U shape)', () => {
    const point = representativePoint([[U_SHAPE]]);
    expect(point).toBeDefined();
    const [lon, lat] = point as [number, number];
    expect(placePointInParts(1.5, 9.5 / 7, [[U_SHAPE]])).toBe('outside');
    expect(placePointInParts(lon, lat, [[U_SHAPE]])).toBe('inside');
  });

  it.each([
    { name: 'inside the first park', parts: [[square(2, 2, 1)]], park: '禹州市产业集聚区' },
    { name: 'inside the second park', parts: [[square(25, 5, 1)]], park: '长葛市产业集聚区' },
    { name: 'mostly in the second park, straddling its edge', parts: [[square(19.8, 5, 1)]], park: '长葛市产业集聚区' },
    { name: 'outside both', parts: [[square(12, 2, 1)]], park: undefined },
  ])('$name → $park', ({ parts, park }) => {
    expect(parkByBoundary(parts, boundaries)).toBe(park);
  });

  it('falls back to the attribute when no boundary holds the parcel, and says how it decided', () => {
    const index = parkNameIndex(XUCHANG_PARK_PRESET.parks);
    expect(assignPark({ parts: [[square(2, 2, 1)]], parkAttribute: '长葛市产业集聚区' }, boundaries, index)).toEqual({ parkName: '禹州市产业集聚区', method: 'boundary' });
    expect(assignPark({ parts: [[square(12, 2, 1)]], parkAttribute: '长葛市产业集聚区' }, boundaries, index)).toEqual({ parkName: '长葛市产业集聚区', method: 'attribute' });
    expect(assignPark({ parkAttribute: '未知园区' }, [], index)).toEqual({ parkName: undefined, method: 'none' });
  });
});
