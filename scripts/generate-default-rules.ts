// Writes assets/rules/xuchang-default.json from the preset in shared/rules
// (the file users copy and edit for `parceldesk evaluate --rules`):
//   npx tsx scripts/generate-default-rules.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { XUCHANG_DEFAULT_RULE_SET } from '../shared/rules/xuchang-default-rules.ts';

const target = join(import.meta.dirname, '../assets/rules/xuchang-default.json');
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, `${JSON.stringify(XUCHANG_DEFAULT_RULE_SET, null, 2)}\n`);
process.stdout.write(`${target}\n`);
