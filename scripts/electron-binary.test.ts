import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { findElectronBinary, MISSING_ELECTRON_HELP } from './electron-binary.ts';

describe('npm start without the Electron binary', () => {
  it.skipIf(findElectronBinary() !== undefined)('says how to get the binary or use the web build, and exits 1', () => {
    let status = 0;
    let stderr = '';
    try {
      execFileSync(process.execPath, ['--import', 'tsx', 'scripts/start-electron.ts'], { encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      const failure = error as { status: number; stderr: string };
      status = failure.status;
      stderr = failure.stderr;
    }
    expect(status).toBe(1);
    expect(stderr).toContain('npm run web');
    expect(stderr).toContain('ELECTRON_OVERRIDE_DIST_PATH');
    expect(MISSING_ELECTRON_HELP).toContain('not installed');
  });
});
