/**
 * Issue #16, "Done when": axe finds no serious or critical violation on any page, in every mode.
 * One walk per mode: the game from the menu to its debrief (every screen the room meets) in the
 * standard view, in projector view at 1920x1080 and on a 390px phone; then debrief.html's report,
 * every slide of its presenter and the team comparison, in the same three modes. The console is
 * walked in console-look.test.ts and projector-readable.test.ts; the workshop and live pages in
 * their own tests.
 */
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildReport, toJson } from '../../src/debrief/index';
import { openViewer, playSave, shipped } from './debrief-helpers';
import { byId, next, playToDebrief, seriousViolations, waitForScreen } from './game-helpers';
import { screenshot, useBrowserApp, watchForErrors } from './harness';

const env = useBrowserApp();

const MODES = [
  { name: 'standard', viewport: { width: 1280, height: 800 }, query: '', phone: false },
  { name: 'projector', viewport: { width: 1920, height: 1080 }, query: '&display=projector', phone: false },
  { name: 'phone', viewport: { width: 390, height: 844 }, query: '', phone: true },
] as const;

type Mode = (typeof MODES)[number];

async function open(browser: Browser, mode: Mode): Promise<Page> {
  const context = await browser.newContext({ viewport: mode.viewport, ...(mode.phone ? { isMobile: true, hasTouch: true } : {}) });
  return context.newPage();
}

/** Runs axe where the walk stands; collects what it finds under the screen's name. */
async function check(page: Page, where: string, found: string[]): Promise<void> {
  for (const violation of await seriousViolations(page)) found.push(`${where}: ${violation}`);
}

describe('axe on every page, in every mode', () => {
  const scenario = shipped('breach_33m');
  const blue = buildReport(scenario, playSave(scenario, { team: 'Blue table', pick: 0 }));
  const gold = buildReport(scenario, playSave(scenario, { team: 'Gold table', pick: 1, endAfter: 3 }));

  for (const mode of MODES) {
    it(`finds nothing serious in the game, ${mode.name}`, async () => {
      const page = await open(env.browser, mode);
      const errors = watchForErrors(page);
      const found: string[] = [];
      await page.goto(`${env.app.url}index.html?seed=3${mode.query}`);
      await waitForScreen(page, 'menu', 90_000);
      await check(page, 'menu', found);
      await page.getByLabel('Team name').fill('Blue team');
      await next(page, () => page.getByRole('button', { name: /^Play Tutorial/ }).click());
      await check(page, 'briefing', found);
      await next(page, () => page.getByRole('button', { name: 'Continue' }).click());
      const seen = new Set<string>();
      await playToDebrief(page, 'mouse', byId('notify_now'), async (name) => {
        if (seen.has(name)) return;
        seen.add(name);
        await check(page, name, found);
        await screenshot(page, `axe-${mode.name}-${name}`);
      });
      expect([...seen].sort()).toEqual(['consequence', 'debrief', 'ending', 'war-room']);
      expect(found).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    }, 300_000);

    it(`finds nothing serious in debrief.html's report, presenter and comparison, ${mode.name}`, async () => {
      const page = await open(env.browser, mode);
      const errors = watchForErrors(page);
      const found: string[] = [];
      await openViewer(page, env.app.url, [{ name: 'blue.save.json', text: JSON.stringify(blue.save) }]);
      await page.getByRole('button', { name: 'Present to the room' }).waitFor({ timeout: 60_000 });
      await check(page, 'report', found);
      await page.getByRole('button', { name: 'Present to the room' }).click();
      const counter = page.locator('.crp-counter');
      await counter.waitFor();
      const total = Number(((await counter.textContent()) ?? '').split('/')[1]);
      expect(total).toBeGreaterThan(6);
      // Every kind of slide: the title, the first decision (the others share its layout), and
      // each slide after the decisions.
      for (let slide = 1; slide <= total; slide++) {
        await expect.poll(() => counter.textContent()).toBe(`${slide} / ${total}`);
        if (slide <= 2 || slide > total - 6) await check(page, `slide ${slide}`, found);
        if (slide < total) await page.keyboard.press('ArrowRight');
      }
      await page.keyboard.press('Escape');
      await openViewer(page, env.app.url, [
        { name: 'blue.json', text: toJson(blue) },
        { name: 'gold.json', text: toJson(gold) },
      ]);
      await page.getByRole('table', { name: 'Each team\u2019s choice at every beat' }).waitFor({ timeout: 60_000 });
      await check(page, 'comparison', found);
      await screenshot(page, `axe-${mode.name}-comparison`);
      expect(found).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    }, 420_000);
  }
});
