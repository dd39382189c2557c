import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readHubConfig } from '../hub-config.ts';
import { runAdmin } from './admin-command.ts';

const folder = mkdtempSync(join(tmpdir(), 'hub-admin-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const config = readHubConfig({ HUB_DATA: folder });

async function admin(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runAdmin(args, config, (t) => out.push(t), (t) => err.push(t));
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('hub admin commands', () => {
  it('answers usage mistakes with exit 2 and the usage text', async () => {
    expect(await admin('create-planet')).toMatchObject({ code: 2, err: expect.stringMatching(/unknown command 'create-planet'[\s\S]*create-project/) });
    expect(await admin('create-project', '--name')).toMatchObject({ code: 2, err: expect.stringMatching(/--name needs a value/) });
  });

  it('creates a project, county, users and a code, in text or JSON', async () => {
    expect(await admin('create-project', '--name', '许昌市', '--id', 'xc')).toEqual({ code: 0, out: 'id: xc\nname: 许昌市', err: '' });
    const county = JSON.parse((await admin('create-county', '--project', 'xc', '--name', '禹州市', '--json')).out) as { id: string; projectId: string };
    expect(county.projectId).toBe('xc');
    const user = JSON.parse((await admin('create-user', '--name', '王五', '--role', 'county-reviewer', '--county', county.id, '--json')).out) as Record<string, string>;
    expect(user).toMatchObject({ name: '王五', role: 'county-reviewer', countyId: county.id, token: expect.stringMatching(/^usr_/) });
    const code = JSON.parse((await admin('enroll-code', '--user', user.id!, '--hours', '2', '--json')).out) as { code: string; expiresAt: string };
    expect(code.code).toMatch(/^\w{4}-\w{4}-\w{4}$/);
    const hours = (Date.parse(code.expiresAt) - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(1.9);
    expect(hours).toBeLessThanOrEqual(2);
  }, 120_000);

  it('refuses a surveyor without a county, an unknown role and a county of no project', async () => {
    expect(await admin('create-user', '--name', 'x', '--role', 'surveyor')).toMatchObject({ code: 1, err: expect.stringMatching(/needs a county/) });
    expect(await admin('create-user', '--name', 'x', '--role', 'mayor')).toMatchObject({ code: 1, err: expect.stringMatching(/--role must be one of surveyor, county-reviewer, city/) });
    expect(await admin('create-county', '--project', 'nowhere', '--name', 'x')).toMatchObject({ code: 1, err: expect.stringMatching(/foreign key/) });
    expect(await admin('revoke-device', '--device', '0123456789abcdef')).toMatchObject({ code: 1, err: expect.stringMatching(/no device 0123456789abcdef/) });
  }, 120_000);
});
