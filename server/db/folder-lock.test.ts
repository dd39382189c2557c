import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireFolderLock } from './folder-lock.ts';

describe('one hub per data folder', () => {
  const folders: string[] = [];
  afterEach(() => {
    for (const f of folders.splice(0)) rmSync(f, { recursive: true, force: true });
  });
  const folder = () => {
    const f = mkdtempSync(join(tmpdir(), 'hub-lock-'));
    folders.push(f);
    return f;
  };

  it('refuses a folder held by another live process', () => {
    const f = folder();
    // This test's parent process is alive for the whole test.
    writeFileSync(join(f, 'hub.lock'), String(process.ppid));
    expect(() => acquireFolderLock(f)).toThrow(new RegExp(`in use by process ${process.ppid}`));
  });

  it('takes over the lock of a process that died (kill -9 leaves it behind)', () => {
    const f = folder();
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
    writeFileSync(join(f, 'hub.lock'), dead);
    const release = acquireFolderLock(f);
    expect(readFileSync(join(f, 'hub.lock'), 'utf8')).toBe(String(process.pid));
    release();
    expect(existsSync(join(f, 'hub.lock'))).toBe(false);
  });
});
