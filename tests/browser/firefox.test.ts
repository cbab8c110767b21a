/**
 * The built app in Firefox as well as Chromium. playwright-core drives only its own patched
 * Firefox, which cannot be downloaded here, so Debian's firefox-esr is driven over WebDriver BiDi
 * by puppeteer-core. The room plays the tutorial from the briefing to the debrief by keyboard.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firefoxErrors, launchFirefox, until } from './firefox-harness';
import { SCREENSHOT_DIR, startApp, type App } from './harness';

let app: App;
let firefox: Browser;

beforeAll(async () => {
  app = await startApp();
  firefox = await launchFirefox(1280, 720);
});

afterAll(async () => {
  await firefox?.close();
  await app?.close();
});

async function screenName(page: Page): Promise<string | null> {
  return page.$eval('#ui', (ui) => ui.getAttribute('data-screen'));
}

/** Runs an action and waits until the game has mounted its next screen. */
async function next(page: Page, action: () => Promise<void>): Promise<void> {
  const before = await page.$eval('#ui', (ui) => Number(ui.getAttribute('data-mount') ?? 0));
  await action();
  await until(page, (count) => Number(document.querySelector('#ui')?.getAttribute('data-mount') ?? 0) > count, before, 30_000);
}

async function pressContinue(page: Page): Promise<void> {
  const button = await page.waitForSelector('::-p-aria([name="Continue"][role="button"])', { timeout: 30_000 });
  await button?.focus();
  await page.keyboard.press('Enter');
}

describe('firefox', () => {
  it('plays the tutorial from the briefing to the debrief by keyboard', async () => {
    const page = await firefox.newPage();
    const errors = firefoxErrors(page);
    await page.goto(`${app.url}?scenario=tutorial_loyalty_leak&seed=1`);
    await page.waitForSelector('#ui[data-screen="briefing"]', { timeout: 30_000 });
    mkdirSync(SCREENSHOT_DIR, { recursive: true });

    const seen: string[] = [];
    for (let step = 0; step < 40; step++) {
      const name = (await screenName(page)) ?? '?';
      seen.push(name);
      if (name === 'debrief') break;
      if (name === 'war-room' && (await page.$('[role="group"][aria-label="Choices"]'))) {
        if (!seen.includes('war-room-shot')) {
          const meters = await page.$$eval('[role="meter"]', (all) => all.length);
          expect(meters).toBeGreaterThanOrEqual(2);
          // The dials sweep up from their minimum when the room first shows: in Firefox too, the
          // number beside each must arrive at the meter's value.
          await until(
            page,
            () =>
              [...document.querySelectorAll('[role="meter"]')].every(
                (meter) => meter.querySelector('.meter__value')?.textContent === meter.getAttribute('aria-valuenow'),
              ),
            0,
            15_000,
          );
          await page.screenshot({ path: resolve(SCREENSHOT_DIR, 'firefox-war-room.png') });
          seen.push('war-room-shot');
        }
        // A number key selects; Enter confirms (one stray key commits nothing).
        await page.keyboard.press('1');
        await next(page, () => page.keyboard.press('Enter'));
        continue;
      }
      await next(page, () => pressContinue(page));
    }
    expect(seen).toContain('debrief');
    await page.waitForSelector('::-p-text(Debrief)', { timeout: 30_000 });
    await page.screenshot({ path: resolve(SCREENSHOT_DIR, 'firefox-debrief.png') });
    expect(errors).toEqual([]);
    await page.close();
  });
});
