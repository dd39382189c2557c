// Starts the desktop app, or explains what to do when the Electron binary is missing.
import { spawn } from 'node:child_process';
import { findElectronBinary, MISSING_ELECTRON_HELP } from './electron-binary.ts';

const binary = findElectronBinary();
if (!binary) {
  console.error(MISSING_ELECTRON_HELP);
  process.exit(1);
}
const child = spawn(binary, ['.'], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
