/**
 * Debian's firefox-esr for the browser tests. playwright-core drives only its own patched
 * Firefox, which cannot be downloaded here, so firefox-esr is driven over WebDriver BiDi by
 * puppeteer-core.
 */
import { existsSync } from 'node:fs';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/**
 * A headless firefox-esr whose window is `width` x `height`. The page gets the width, and the
 * height less the browser's own bars (86 px on firefox-esr 140): ask for more to get a page of a
 * given height. (`--window-size` is ignored by firefox-esr here; `-width` and `-height` are not.)
 */
export async function launchFirefox(width: number, height: number): Promise<Browser> {
  if (!existsSync(FIREFOX)) {
    throw new Error(
      `Firefox is needed at ${FIREFOX}: install it with "sudo apt-get install -y firefox-esr" ` +
        '(or run .ci/run as root), or set FIREFOX_PATH.',
    );
  }
  // The window, not an emulated viewport: puppeteer's setViewport over BiDi also overrides the
  // screen orientation, a command Debian's firefox-esr 140 does not know.
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    defaultViewport: null,
    args: ['-width', String(width), '-height', String(height)],
  });
}

/**
 * Polls `check` in the page until it holds. puppeteer's waitForFunction polls with a Function()
 * built inside the page, which the app's strict CSP blocks in Firefox; `evaluate` goes through
 * WebDriver BiDi's own script call, which the CSP does not govern.
 */
export async function until(page: Page, check: (arg: number) => boolean, arg: number, timeout: number): Promise<void> {
  const end = Date.now() + timeout;
  while (!(await page.evaluate(check, arg))) {
    if (Date.now() > end) throw new Error(`timed out after ${timeout} ms waiting for ${check.toString()}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

/** Console errors and page errors seen in the page. */
export function firefoxErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}
