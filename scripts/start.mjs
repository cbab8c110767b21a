#!/usr/bin/env node
// `npm start`: the game (Vite's dev server) and the live-session server together, in one
// terminal. Either one stopping stops both; Ctrl+C stops both.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const livePort = process.env.LIVE_PORT ?? '2567';
const env = { ...process.env, LIVE_PORT: livePort };
const children = [
  spawn(process.execPath, ['--import', 'tsx', resolve(root, 'src/server/main.ts')], { cwd: root, env: { ...env, PORT: livePort }, stdio: 'inherit' }),
  spawn(process.execPath, [resolve(root, 'node_modules/vite/bin/vite.js'), ...process.argv.slice(2)], { cwd: root, env, stdio: 'inherit' }),
];
let stopping = false;
const stop = (code) => {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  process.exitCode = code;
};
for (const child of children) child.on('exit', (code) => stop(code ?? 1));
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
