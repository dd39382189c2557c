import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { HENAN_ABC_SCHEME, HUAIAN_ABCD_SCHEME } from '../../../shared/evaluation/enterprise-presets.ts';
import { XUCHANG_STANDARD_LAND_SET } from '../../../shared/evaluation/standard-land-schema.ts';
import { ParcelDeskDatabase } from '../storage/database.ts';
import { writeSetting } from '../storage/settings-store.ts';
import { readStandardLandSet, saveStandardLandSet } from '../standard-land/standard-land-settings-store.ts';
import { readEnterpriseSettings, saveEnterpriseSettings } from './enterprise-settings-store.ts';

let counter = 0;
const createDb = () => new ParcelDeskDatabase(`enterprise-settings-${process.pid}-${++counter}`);

describe('per-project evaluation settings', () => {
  it('a new project starts from the Henan scheme and the Xuchang standard-land set', async () => {
    const db = createDb();
    expect(await readEnterpriseSettings(db, 'p1')).toEqual({ scheme: HENAN_ABC_SCHEME });
    expect(await readStandardLandSet(db, 'p1')).toEqual(XUCHANG_STANDARD_LAND_SET);
  });

  it('keeps each project\'s own scheme, year and set', async () => {
    const db = createDb();
    const set = { ...XUCHANG_STANDARD_LAND_SET, version: '2', name: '禹州标准地' };
    await saveEnterpriseSettings(db, 'p1', { scheme: HUAIAN_ABCD_SCHEME, year: 2023 });
    await saveStandardLandSet(db, 'p1', set);
    expect(await readEnterpriseSettings(db, 'p1')).toEqual({ scheme: HUAIAN_ABCD_SCHEME, year: 2023 });
    expect(await readStandardLandSet(db, 'p1')).toEqual(set);
    expect(await readEnterpriseSettings(db, 'p2')).toEqual({ scheme: HENAN_ABC_SCHEME });
  });

  it('falls back to the presets when what is stored no longer parses', async () => {
    const db = createDb();
    await writeSetting(db, 'enterprise:p1', { scheme: { ...HUAIAN_ABCD_SCHEME, classes: [] }, year: 2024 });
    await writeSetting(db, 'standardLand:p1', { ...XUCHANG_STANDARD_LAND_SET, indicators: [] });
    expect(await readEnterpriseSettings(db, 'p1')).toEqual({ scheme: HENAN_ABC_SCHEME, year: 2024 });
    expect(await readStandardLandSet(db, 'p1')).toEqual(XUCHANG_STANDARD_LAND_SET);
  });
});
