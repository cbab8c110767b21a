/**
 * A live session's devices for a browser test: starts the session server (its own process, so a
 * test can kill it) and Chromium once for the test file that calls it (in its top-level scope),
 * and gives each device a browser context of its own, as separate laptops would be.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, watchForErrors } from './harness';
import { startLiveServer, type LiveProcess } from './live-server';

export interface LiveDevices {
  /** The page at `path` of the server's pages on a device of its own, and the errors it logs. */
  device(path: string, viewport?: { width: number; height: number }): Promise<{ page: Page; errors: string[] }>;
  /** The server's process, to kill and restart. */
  server(): LiveProcess;
}

export function useLiveDevices(): LiveDevices {
  let live: LiveProcess | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    live = await startLiveServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await live?.kill();
  });
  const server = (): LiveProcess => {
    if (live === undefined) throw new Error('useLiveDevices: used before its beforeAll ran');
    return live;
  };
  return {
    server,
    async device(path, viewport = { width: 1280, height: 900 }) {
      if (browser === undefined) throw new Error('useLiveDevices: used before its beforeAll ran');
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      const errors = watchForErrors(page);
      await page.goto(`${server().url}${path}`);
      return { page, errors };
    },
  };
}
