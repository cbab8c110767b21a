// Starts a bench worker thread on a TypeScript module (`workerData.module`), through tsx as the
// CLI does (bin/crisis-room.js): worker threads do not inherit the main thread's loader.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.module);
