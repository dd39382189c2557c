import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes `folder/hub.lock` for this process; throws when another live process
 * holds it. Returns the release function.
 */
export function acquireFolderLock(folder: string): () => void {
  const path = join(folder, 'hub.lock');
  let owner: number | undefined;
  try {
    owner = Number(readFileSync(path, 'utf8').trim());
  } catch {
    owner = undefined;
  }
  if (owner && owner !== process.pid && isAlive(owner)) {
    throw new Error(`${folder} is in use by process ${owner} (a running hub?): stop it first`);
  }
  writeFileSync(path, String(process.pid));
  return () => rmSync(path, { force: true });
}
