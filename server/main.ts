// The city sync hub: `npm run hub` serves; `npm run -s hub -- admin …` manages accounts.
import { ADMIN_USAGE, runAdmin } from './admin/admin-command.ts';
import { readHubConfig } from './hub-config.ts';
import { serveUntilStopped } from './start-hub.ts';

const args = process.argv.slice(2);
const config = readHubConfig(process.env);
if (args[0] === 'admin') {
  process.exitCode = await runAdmin(args.slice(1), config, (t) => console.log(t), (t) => console.error(t));
} else if (args.length === 0) {
  await serveUntilStopped(config, (line) => console.log(line));
} else {
  console.error(`usage: npm run hub (serve; HUB_PORT, HUB_DATA, DATABASE_URL)\n${ADMIN_USAGE}`);
  process.exitCode = 2;
}
