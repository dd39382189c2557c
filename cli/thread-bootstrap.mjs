// Starts a worker thread on TypeScript sources: registers tsx in the thread, then loads the
// module named in workerData.module. Used by cli/threaded-import.ts.
import { register } from 'tsx/esm/api';
import { workerData } from 'node:worker_threads';

register();
await import(workerData.module);
