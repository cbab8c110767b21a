/**
 * Every screen passes axe with no serious or critical violation, is photographed for people to
 * look at (1280x720, plus the war room at 1920x1080 and on a 13-inch laptop), and respects a
 * preference for reduced motion.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot, useBrowserApp } from './harness';
import { next, openGame, playToDebrief, seriousViolations, waitForScreen } from './game-helpers';

const env = useBrowserApp();

/** Lets the dials finish their sweep so the picture shows the settled screen. */
async function settle(page: Page): Promise<void> {
  await page.waitForTimeout(1800);
}

async function audit(page: Page, name: string, found: Record<string, string[]>): Promise<void> {
  await settle(page);
  await screenshot(page, name);
  found[name] = await seriousViolations(page);
}

describe('game accessibility', () => {
  it('has no serious or critical axe violations on any screen, and photographs each', async () => {
    const { page, errors } = await openGame(env.browser, env.app.url);
    const found: Record<string, string[]> = {};
    await waitForScreen(page, 'menu');
    await audit(page, 'game-menu', found);

    await page.locator('input[type=file]').setInputFiles(resolve(import.meta.dirname, '../fixtures/ui/invalid-scenario.yaml'));
    await page.getByRole('region', { name: /cannot be played/ }).waitFor();
    await page.getByRole('region', { name: /cannot be played/ }).scrollIntoViewIfNeeded();
    await audit(page, 'game-menu-diagnostics', found);

    await next(page, () => page.getByRole('button', { name: /^Play Tutorial/ }).click());
    await audit(page, 'game-briefing', found);
    await next(page, () => page.getByRole('button', { name: 'Continue' }).click());
    await audit(page, 'game-war-room', found);

    let consequences = 0;
    await playToDebrief(page, 'mouse', (count, step) => (step === 0 ? 1 : count - 1), async (name, step) => {
      if (name === 'consequence' && consequences++ < 2) await audit(page, `game-consequence-${consequences}`, found);
      if (name === 'war-room' && step === 2) await audit(page, 'game-war-room-later', found);
      if (name === 'ending') await audit(page, 'game-ending', found);
    });
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await audit(page, 'game-debrief', found);

    expect(found).toEqual(Object.fromEntries(Object.keys(found).map((key) => [key, []])));
    expect(errors).toEqual([]);
    await page.context().close();
  }, 600_000);

  it('keeps the war room readable at 1920x1080 and on a 13-inch laptop', async () => {
    for (const [width, height] of [
      [1920, 1080],
      [1440, 900],
    ] as const) {
      const { page, errors } = await openGame(env.browser, `${env.app.url}?scenario=breach_33m&seed=7`, { width, height });
      await waitForScreen(page, 'briefing', 90_000);
      await settle(page);
      await screenshot(page, `game-briefing-${width}x${height}`);
      await next(page, () => page.getByRole('button', { name: 'Continue' }).click());
      await settle(page);
      await screenshot(page, `game-war-room-${width}x${height}`);
      // Everything the room must read fits without scrolling the page: the choices and the meters.
      for (const element of [page.getByRole('group', { name: 'Choices' }), page.getByRole('meter').first()]) {
        const box = await element.boundingBox();
        expect(box && box.y + Math.min(box.height, 120) <= height).toBe(true);
      }
      expect(await seriousViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    }
  }, 300_000);

  it('shows final meter values at once when the user prefers reduced motion', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(`${env.app.url}?scenario=tutorial_loyalty_leak&seed=1`);
    await waitForScreen(page, 'briefing');
    await next(page, () => page.getByRole('button', { name: 'Continue' }).click());
    await page.getByRole('group', { name: 'Choices' }).getByRole('button').first().click();
    await waitForScreen(page, 'consequence');
    // No sweep: the number beside each dial is already the meter's value.
    const pairs = await page.getByRole('meter').evaluateAll((meters) =>
      meters.map((meter) => [meter.getAttribute('aria-valuenow'), meter.querySelector('.meter__value')?.textContent]),
    );
    expect(pairs.length).toBeGreaterThan(0);
    for (const [now, shown] of pairs) expect(shown).toBe(now);
    await context.close();
  }, 120_000);
});
