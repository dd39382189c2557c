import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** How to get an Electron binary on a machine that cannot download one. */
export const MISSING_ELECTRON_HELP = `
The Electron binary is not installed (this machine installs packages with
ELECTRON_SKIP_BINARY_DOWNLOAD=1, and cannot download it).

  • Run the same app in a browser instead:      npm run web
  • On a networked machine:                      npm ci && npm start
  • Offline, with the Electron release zip for this system (electron-v<version>-linux-x64.zip
    or -win32-x64.zip, version as in package-lock.json) brought on a USB stick:
      unzip it into a folder DIR, then   ELECTRON_OVERRIDE_DIST_PATH=DIR npm start
  • Installers offline: put the zips in a folder ZIPS, then   ELECTRON_ZIP_DIR=ZIPS npm run dist
`;

/** Path of the installed Electron executable, or undefined when the binary was never downloaded. */
export function findElectronBinary(): string | undefined {
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const candidate = join(override, process.platform === 'win32' ? 'electron.exe' : 'electron');
    return existsSync(candidate) ? candidate : undefined;
  }
  const require = createRequire(import.meta.url);
  let packageDir: string;
  try {
    packageDir = dirname(require.resolve('electron/package.json'));
  } catch {
    return undefined;
  }
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const binary = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : undefined;
}
