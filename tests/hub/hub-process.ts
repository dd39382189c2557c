import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '../..');
const MAIN = join(ROOT, 'server', 'main.ts');

/** Environment of a hub child process on `dataFolder` (PGlite) or `databaseUrl` (PostgreSQL). */
export function hubEnv(dataFolder: string, databaseUrl?: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, HUB_DATA: dataFolder, HUB_PORT: '0' };
  if (databaseUrl) env.DATABASE_URL = databaseUrl;
  else delete env.DATABASE_URL;
  return env;
}

/** Runs `npm run -s hub -- admin …` as the command line does (node + tsx on server/main.ts). */
export function admin(env: NodeJS.ProcessEnv, ...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', MAIN, 'admin', ...args], { cwd: ROOT, env, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Like `admin` with --json; throws unless it succeeds. */
export function adminJson<T>(env: NodeJS.ProcessEnv, ...args: string[]): T {
  const result = admin(env, ...args, '--json');
  if (result.status !== 0) throw new Error(`admin ${args.join(' ')} failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as T;
}

export interface HubChild {
  readonly url: string;
  readonly process: ChildProcess;
  /** Ends the hub now, as a power cut or the OOM killer would. */
  kill9(): Promise<void>;
}

/** Starts `npm run hub` as a child process; resolves with the URL it prints. */
export function spawnHub(env: NodeJS.ProcessEnv): Promise<HubChild> {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`hub did not start:\n${output}`)), 60_000);
    child.stdout.on('data', (data: Buffer) => {
      output += data.toString();
      const url = /listening on (http:\/\/\S+)/.exec(output)?.[1];
      if (!url) return;
      clearTimeout(timer);
      resolve({
        url, process: child,
        kill9: async () => {
          child.kill('SIGKILL');
          await exited;
        },
      });
    });
    child.stderr.on('data', (data: Buffer) => {
      output += data.toString();
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`hub exited with ${code}:\n${output}`));
    });
  });
}
