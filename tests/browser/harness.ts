/**
 * Shared plumbing for browser tests: serve the built app exactly as production would (with the
 * strict Content-Security-Policy from vite.config.ts), drive Debian's Chromium with playwright-core,
 * and keep screenshots where a person can look at them.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { preview } from 'vite';
import { afterAll, beforeAll } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
export const SCREENSHOT_DIR = resolve(ROOT, 'test-results/screenshots');

/** The quiet flags: on a closed network Chromium otherwise keeps dialling out. */
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface App {
  /** Base URL of the served `dist/`, ending in a slash. */
  readonly url: string;
  close(): Promise<void>;
}

/** Serves `dist/` (run `vite build` first) on a free port with the production headers. */
export async function startApp(): Promise<App> {
  if (!existsSync(resolve(ROOT, 'dist/index.html'))) {
    throw new Error('dist/ is missing: run "npx vite build" before the browser tests.');
  }
  const server = await preview({
    root: ROOT,
    logLevel: 'silent',
    preview: { port: 0, strictPort: false, host: '127.0.0.1', open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  return {
    url: url.endsWith('/') ? url : `${url}/`,
    close: () =>
      new Promise<void>((done, fail) => server.httpServer.close((err) => (err ? fail(err) : done()))),
  };
}

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

/**
 * Playwright's 30 s default for an action or a screenshot is short on a loaded two-core CI machine
 * (a full-page screenshot of a long report took longer there); the tests' own timeouts still bound
 * a test that hangs.
 */
const ACTION_TIMEOUT = 90_000;

export async function launchBrowser(): Promise<Browser> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
  const newContext = browser.newContext.bind(browser);
  const newPage = browser.newPage.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    context.setDefaultTimeout(ACTION_TIMEOUT);
    return context;
  };
  browser.newPage = async (options) => {
    const page = await newPage(options);
    page.context().setDefaultTimeout(ACTION_TIMEOUT);
    return page;
  };
  return browser;
}

/** Writes `test-results/screenshots/<name>.png` and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = resolve(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: false });
  return path;
}

/**
 * Collects console errors, page errors and CSP violations so a test can assert none happened.
 * Call before navigating.
 */
export function watchForErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  return errors;
}

export interface BrowserApp {
  readonly app: App;
  readonly browser: Browser;
}

/**
 * Serves the app and starts Chromium once for the test file that calls it (in its top-level
 * scope), and closes both after its last test.
 */
export function useBrowserApp(): BrowserApp {
  let app: App | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    app = await startApp();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('useBrowserApp: used before its beforeAll ran');
    return value;
  };
  return {
    get app() {
      return started(app);
    },
    get browser() {
      return started(browser);
    },
  };
}
