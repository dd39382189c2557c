// ParcelDesk command line: `npm run -s parceldesk -- inspect PATH [--encoding NAME] [--crs EPSG:N] --json`
import { parseArgs } from 'node:util';
import { runInspect } from './inspect-command.ts';

const USAGE = 'usage: parceldesk inspect PATH [--encoding NAME] [--crs EPSG:N] --json';

function main(argv: string[]): number {
  const [command, ...rest] = argv;
  if (command !== 'inspect') {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      options: { encoding: { type: 'string' }, crs: { type: 'string' }, json: { type: 'boolean' } },
    });
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
    return 2;
  }
  const [path] = parsed.positionals;
  if (!path) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  return runInspect(
    { path, encoding: parsed.values.encoding, crs: parsed.values.crs },
    (text) => process.stdout.write(`${text}\n`),
    (text) => process.stderr.write(`${text.replace(/\n/g, ' ')}\n`),
  );
}

process.exitCode = main(process.argv.slice(2));
