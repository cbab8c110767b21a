import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/browser/**'],
          environment: 'node',
          // A guard against hangs, not a speed test: the exhaustive cross-checks on the shipped
          // scenarios take seconds, and several times that on a loaded two-core CI machine.
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          // One Chromium at a time: CI has two cores.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // A page renders some things after the action that caused them (a lazily loaded module,
          // a message from another window, a worker's answer): polls wait for them. Vitest's 1 s
          // default is too short on a loaded two-core CI machine; a poll that passes returns at once.
          expect: { poll: { timeout: 15_000 } },
        },
      },
    ],
  },
});
