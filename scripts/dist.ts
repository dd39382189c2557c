// Builds installers with electron-builder. Needs Electron: ELECTRON_ZIP_DIR, a
// folder holding the release zips (electron-v<version>-<platform>-<arch>.zip),
// or the binary installed in node_modules, or a network (or ELECTRON_MIRROR) to
// download from. Extra arguments go to electron-builder.
import { spawnSync } from 'node:child_process';
import { dirname } from 'node:path';
import { findElectronBinary, MISSING_ELECTRON_HELP } from './electron-binary.ts';

const binary = findElectronBinary();
const args = ['electron-builder', '--config', 'electron-builder.yml', ...process.argv.slice(2)];
if (process.env.ELECTRON_ZIP_DIR) {
  // electron-builder takes the zips from this folder instead of downloading them.
  args.push(`-c.electronDist=${process.env.ELECTRON_ZIP_DIR}`);
} else if (binary) {
  // Package the Electron that is already installed instead of downloading one.
  args.push(`-c.electronDist=${dirname(binary)}`);
} else if (!process.env.ELECTRON_MIRROR && !process.env.PARCELDESK_ONLINE) {
  console.error(MISSING_ELECTRON_HELP);
  console.error('On a networked machine, set PARCELDESK_ONLINE=1 to let electron-builder download Electron.');
  process.exit(1);
}
const result = spawnSync('npx', args, { stdio: 'inherit' });
process.exit(result.status ?? 1);
