#!/usr/bin/env node
// Runs the TypeScript CLI directly through tsx, so `npx crisis-room` works right after
// `npm install` with no build step.
import { register } from 'tsx/esm/api';

// `crisis-room play ... | head` closes the pipe early: that is the reader's choice, not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
