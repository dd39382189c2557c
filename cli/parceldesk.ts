// ParcelDesk command line:
//   npm run -s parceldesk -- inspect PATH [--encoding NAME] [--crs EPSG:N] --json
//   npm run -s parceldesk -- pack SOURCE --out FILE [--key KEYFILE]
//   npm run -s parceldesk -- verify FILE --json
//   npm run -s parceldesk -- evaluate SOURCE [--rules FILE] [--as-of YYYY-MM-DD] [--json]
import { parseArgs } from 'node:util';
import { runEvaluate } from './evaluate-command.ts';
import { runInspect } from './inspect-command.ts';
import { runPack } from './pack-command.ts';
import { runVerify } from './verify-command.ts';

const USAGE = [
  'usage: parceldesk inspect PATH [--encoding NAME] [--crs EPSG:N] --json',
  '       parceldesk pack SOURCE --out FILE [--key KEYFILE]',
  '       parceldesk verify FILE --json',
  '       parceldesk evaluate SOURCE [--rules FILE] [--as-of YYYY-MM-DD] [--json]',
].join('\n');

const out = (text: string) => process.stdout.write(`${text}\n`);
const err = (text: string) => process.stderr.write(`${text.replace(/\n/g, ' ')}\n`);

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      options: { encoding: { type: 'string' }, crs: { type: 'string' }, json: { type: 'boolean' }, out: { type: 'string' }, key: { type: 'string' }, rules: { type: 'string' }, 'as-of': { type: 'string' } },
    });
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
    return 2;
  }
  const [path] = parsed.positionals;
  if (!path || !['inspect', 'pack', 'verify', 'evaluate'].includes(command ?? '') || (command === 'pack' && !parsed.values.out)) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  if (command === 'pack') return runPack({ source: path, out: parsed.values.out as string, keyFile: parsed.values.key }, out, err);
  if (command === 'verify') return runVerify(path, out);
  if (command === 'evaluate') return runEvaluate({ source: path, rulesFile: parsed.values.rules, asOf: parsed.values['as-of'], json: parsed.values.json === true }, out, err);
  return runInspect({ path, encoding: parsed.values.encoding, crs: parsed.values.crs }, out, err);
}

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
