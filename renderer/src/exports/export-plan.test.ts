import { describe, expect, it } from 'vitest';
import type { LayerRecord } from '../../../shared/model/project.ts';
import { parcelRow } from '../../../shared/survey/parcel-rows.ts';
import { exportFileName, parkOptions, plainFileName, refusal, scopeParcelIds, sourceCrsCode } from './export-plan.ts';

const rows = [
  parcelRow('1', 'L', { park: '魏都产业集聚区' }, 1, [0, 0, 1, 1]), parcelRow('2', 'L', { park: '' }, 1, [0, 0, 1, 1]),
  parcelRow('3', 'L', { park: '禹州市产业集聚区' }, 1, [0, 0, 1, 1]), parcelRow('4', 'L', { park: '建安区' }, 1, [0, 0, 1, 1]),
  parcelRow('5', 'L', { park: '魏都产业集聚区' }, 1, [0, 0, 1, 1]),
];

describe('export choices', () => {
  it('offers the parks present: preset order first, then others, parcels without a park last', () => {
    expect(parkOptions(rows, ['禹州市产业集聚区', '鄢陵县产业集聚区', '魏都产业集聚区'])).toEqual(['禹州市产业集聚区', '魏都产业集聚区', '建安区', '']);
  });

  it('picks the ids of a park or of the selection in project order; all is every parcel', () => {
    expect(scopeParcelIds(rows, { scope: 'park', park: '魏都产业集聚区' }, new Set())).toEqual(['1', '5']);
    expect(scopeParcelIds(rows, { scope: 'selection', park: '' }, new Set(['5', '3', 'gone']))).toEqual(['3', '5']);
    expect(scopeParcelIds(rows, { scope: 'all', park: '' }, new Set(['5']))).toBeUndefined();
  });

  it('refuses an empty selection or an empty range before starting', () => {
    expect(refusal({ scope: 'selection' }, [], 5)).toBe('noSelection');
    expect(refusal({ scope: 'park' }, [], 5)).toBe('empty');
    expect(refusal({ scope: 'all' }, undefined, 0)).toBe('empty');
    expect(refusal({ scope: 'all' }, undefined, 5)).toBeUndefined();
  });

  it('names files by project, content, range and date, without characters a disk refuses', () => {
    expect(exportFileName('许昌示例项目', 'ledgerXlsx', { scope: 'park', park: '魏都产业集聚区', count: 2 }, '2025-03-01', 'zh-CN'))
      .toBe('许昌示例项目_土地台账_魏都产业集聚区_2025-03-01');
    expect(exportFileName('Demo', 'parcelsShapefile', { scope: 'selection', park: '', count: 7 }, '2025-03-01', 'en')).toBe('Demo_parcels_selection-7_2025-03-01');
    expect(plainFileName(['a/b:c*?', '"x"<y>|'])).toBe('a_b_c____x__y__');
  });

  it('takes the source system of the first parcel layer that has one', () => {
    const layer = (id: string, code: string | null, role?: 'reference'): LayerRecord => ({
      id, projectId: 'p', name: id, featureCount: 1, bbox: [0, 0, 1, 1], importedAt: '', role, crs: { code, name: '', source: '' },
    });
    expect(sourceCrsCode([layer('r', 'EPSG:4490', 'reference'), layer('a', null), layer('b', 'EPSG:4547')])).toBe('EPSG:4547');
    expect(sourceCrsCode([layer('a', null)])).toBeNull();
  });
});
