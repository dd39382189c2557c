import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** How to get an Electron binary on a machine that cannot download one. */
export const MISSING_ELECTRON_HELP = `
The Electron binary is not installed (this machine installs packages with
ELECTRON_SKIP_BINARY_DOWNLOAD=1, and cannot download it).

  • Run the same app in a browser instead:      npm run web
  • On a networked machine:                      npm ci && npm start
  • Offline, with a downloaded electron-vX-linux-x64.zip (or win32-x64) from the
    Electron releases, placed in a folder DIR:
      ELECTRON_MIRROR=file://DIR/ ELECTRON_CUSTOM_DIR="{{ version }}" node node_modules/electron/install.js
    then run npm start again.
`;

/** Path of the installed Electron executable, or undefined when the binary was never downloaded. */
export function findElectronBinary(): string | undefined {
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
