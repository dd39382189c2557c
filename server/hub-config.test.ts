import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeStorage, readHubConfig } from './hub-config.ts';

describe('hub settings from the environment', () => {
  it('defaults to PGlite in hub-data on 127.0.0.1:8787', () => {
    const config = readHubConfig({});
    expect(config).toMatchObject({ host: '127.0.0.1', port: 8787, dataFolder: resolve('hub-data'), maxPackageBytes: 512 * 1024 * 1024 });
    expect(config.databaseUrl).toBeUndefined();
    expect(describeStorage(config)).toBe(`PGlite in ${resolve('hub-data')}`);
  });

  it('takes HUB_PORT, HUB_DATA and DATABASE_URL, and never prints the password', () => {
    const config = readHubConfig({ HUB_PORT: '9000', HUB_DATA: '/srv/hub', DATABASE_URL: 'postgres://hub:secret@db.example:5433/parceldesk' });
    expect(config).toMatchObject({ port: 9000, dataFolder: '/srv/hub', databaseUrl: 'postgres://hub:secret@db.example:5433/parceldesk' });
    expect(describeStorage(config)).toBe('PostgreSQL at db.example:5433/parceldesk');
  });

  it('refuses a port that is not a whole number', () => {
    expect(() => readHubConfig({ HUB_PORT: 'eighty' })).toThrow(/HUB_PORT/);
  });
});
