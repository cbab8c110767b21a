/**
 * Presenter mode in Firefox (firefox-esr over WebDriver BiDi, firefox-harness.ts), as in
 * Chromium (debrief-presenter.test.ts): the debrief opened in debrief.html, walked slide by slide
 * with the keys a clicker sends, 28 px body text at 1920x1080, no slide overflowing, and Escape
 * back to the report with the focus on the button that opened it.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReport } from '../../src/debrief/index';
import { playSave, shipped } from './debrief-helpers';
import { firefoxErrors, launchFirefox, until } from './firefox-harness';
import { SCREENSHOT_DIR, startApp, type App } from './harness';

let app: App;
let firefox: Browser;

beforeAll(async () => {
  app = await startApp();
  // A page of 1920x1080 in a window that also has the browser's bars.
  firefox = await launchFirefox(1920, 1166);
});

afterAll(async () => {
  await firefox?.close();
  await app?.close();
});

const text = (page: Page, css: string): Promise<string | null> => page.$eval(css, (element) => element.textContent);

/** The current slide's overflow and body text size. */
function layout(page: Page): Promise<{ overflowX: number; overflowY: number; bodyFont: number; width: number; height: number }> {
  return page.evaluate(() => {
    const slide = document.querySelector<HTMLElement>('.crp-slide');
    if (!slide) throw new Error('no slide');
    const body = slide.querySelector('p:not(.crp-incomplete), td, li') ?? slide;
    return {
      overflowX: slide.scrollWidth - slide.clientWidth,
      overflowY: slide.scrollHeight - slide.clientHeight,
      bodyFont: parseFloat(getComputedStyle(body).fontSize),
      width: window.innerWidth,
      height: window.innerHeight,
    };
  });
}

describe('debrief presenter mode in Firefox', () => {
  it('walks the debrief with the keyboard at 1920x1080 and returns to the report', async () => {
    const scenario = shipped('breach_33m');
    const report = buildReport(scenario, playSave(scenario, { team: 'Blue table', pick: 1 }));
    const total = report.decisions.length + 6;
    const file = join(mkdtempSync(join(tmpdir(), 'crisis-room-')), 'team.save.json');
    writeFileSync(file, JSON.stringify(report.save));

    const page = await firefox.newPage();
    const errors = firefoxErrors(page);
    await page.goto(`${app.url}debrief.html`);
    const input = (await page.waitForSelector('input[type="file"]')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(file);
    const present = await page.waitForSelector('::-p-aria([name="Present to the room"][role="button"])', { timeout: 60_000 });
    await present?.click();
    await page.waitForSelector('dialog[open] .crp-slide__heading');
    expect(await text(page, '.crp-slide__heading')).toBe(report.overview.title);
    expect(await text(page, '.crp-counter')).toBe(`1 / ${total}`);
    await page.screenshot({ path: resolve(SCREENSHOT_DIR, 'firefox-presenter-title.png') });

    await page.keyboard.press('ArrowRight');
    const first = report.decisions[0];
    if (!first) throw new Error('no decision');
    await until(page, (n) => document.querySelector('.crp-counter')?.textContent?.startsWith(`${n} /`) ?? false, 2, 10_000);
    expect(await text(page, '.crp-slide__heading')).toBe(`Decision 1 of ${report.decisions.length}: ${first.beatTitle}`);
    expect(await text(page, '.crp-choice strong')).toBe(first.label);
    const decision = await layout(page);
    expect(decision.width).toBe(1920);
    expect(decision.height).toBeGreaterThanOrEqual(1060);
    expect(decision.bodyFont).toBeGreaterThanOrEqual(28);
    expect(decision.overflowX).toBeLessThanOrEqual(0);
    expect(decision.overflowY).toBeLessThanOrEqual(0);
    await page.screenshot({ path: resolve(SCREENSHOT_DIR, 'firefox-presenter-decision.png') });

    // Every slide, as a clicker walks it: none overflows sideways, all past the title at body size.
    await page.keyboard.press('Home');
    for (let slide = 1; slide <= total; slide++) {
      await until(page, (n) => document.querySelector('.crp-counter')?.textContent?.startsWith(`${n} /`) ?? false, slide, 10_000);
      const at = await layout(page);
      const heading = await text(page, '.crp-slide__heading');
      expect(at.overflowX, `${heading}`).toBeLessThanOrEqual(0);
      // The title slide's line under the title is a subtitle, as in Chromium's test.
      if (slide > 1) expect(at.bodyFont, `${heading}`).toBeGreaterThanOrEqual(28);
      if (slide < total) await page.keyboard.press('PageDown');
    }
    expect(await text(page, '.crp-slide__heading')).toBe('Improvement plan');
    await page.screenshot({ path: resolve(SCREENSHOT_DIR, 'firefox-presenter-plan.png') });

    await page.keyboard.press('Escape');
    await until(page, () => document.querySelector('dialog[open]') === null, 0, 10_000);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Present to the room');
    expect(errors).toEqual([]);
    await page.close();
  }, 240_000);
});
