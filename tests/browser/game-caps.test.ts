/**
 * A lasting cap as the room sees it: after the tutorial's PIPC report is missed, trust is capped
 * at 55, and the war room says so beside the dial and in the meter's accessible value. The miss
 * comes with the next beat, so the consequence screen of the choice that caused it shows no cap
 * yet (no spoilers). A choice that caps a meter itself (tests/fixtures/ui/game-caps.yaml) has its
 * consequence screen say so in a line, beside the dial and in the accessible value.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot, useBrowserApp } from './harness';
import { next, openGame, waitForScreen } from './game-helpers';

const env = useBrowserApp();

/** Takes the choice with this label, wherever the session's order put it. */
async function choose(page: Page, label: RegExp): Promise<string | null> {
  return next(page, () => page.getByRole('group', { name: 'Choices' }).getByRole('button', { name: label }).click());
}

/** Presses Continue until the war room shows a decision. */
async function toDecision(page: Page): Promise<void> {
  for (let step = 0; step < 10; step++) {
    if ((await page.locator('#ui').getAttribute('data-screen')) === 'war-room' && (await page.getByRole('group', { name: 'Choices' }).count()) > 0) return;
    await next(page, () => page.getByRole('button', { name: 'Continue', exact: true }).click());
  }
  throw new Error('no decision reached');
}

describe('meter caps in the game', () => {
  it('shows a capped meter\'s ceiling beside the dial and in its accessible value', async () => {
    const { page, errors } = await openGame(env.browser, env.app.url);
    await waitForScreen(page, 'menu');
    expect(await next(page, () => page.getByRole('button', { name: /^Play Tutorial/ }).click())).toBe('briefing');
    await toDecision(page);
    const trust = page.locator('[role="meter"][data-meter="trust"]');
    expect(await trust.getAttribute('aria-valuetext')).not.toMatch(/capped/);
    expect(await choose(page, /E-mail members a first notice today/)).toBe('consequence');
    await toDecision(page);
    // The 24-hour intrusion report (tutorial 1.8.0), filed on time: it caps nothing.
    expect(await choose(page, /Report the intrusion to KISA today on what we know/)).toBe('consequence');
    await toDecision(page);
    // Counsel's review makes the 72-hour PIPC report late: the miss, on entering day four, caps
    // trust at 55. That is the next beat's news: this screen's dial shows no cap yet.
    expect(await choose(page, /Let counsel review every log line first/)).toBe('consequence');
    expect(await trust.getAttribute('aria-valuetext')).not.toMatch(/capped/);
    expect(await page.locator('[data-meter="trust"] .meter__limit').count()).toBe(0);
    expect(await page.getByText('Customer trust capped at 55 from now on').count()).toBe(0);
    await page.waitForTimeout(1800);
    await screenshot(page, 'caps-consequence-before-miss');
    await toDecision(page);
    expect(await page.locator('[role="meter"][data-meter="trust"]').getAttribute('aria-valuetext')).toMatch(/capped at 55/);
    expect(Number(await page.locator('[role="meter"][data-meter="trust"]').getAttribute('aria-valuenow'))).toBeLessThanOrEqual(55);
    await expect.poll(() => trust.getAttribute('aria-valuetext')).toMatch(/; capped at 55 from now on$/);
    expect(await page.locator('[data-meter="trust"] .meter__limit').textContent()).toBe('Capped at 55');
    await page.waitForTimeout(1800);
    await screenshot(page, 'caps-war-room');
    expect(errors).toEqual([]);
    await page.context().close();
  }, 300_000);

  it('says a cap set by the choice itself on its consequence screen, beside the dial and in its accessible value', async () => {
    const { page, errors } = await openGame(env.browser, env.app.url);
    await waitForScreen(page, 'menu');
    expect(await next(page, () => page.locator('input[type=file]').setInputFiles(resolve(import.meta.dirname, '../fixtures/ui/game-caps.yaml')))).toBe('briefing');
    await toDecision(page);
    expect(await choose(page, /Promise that nothing was taken/)).toBe('consequence');
    const trust = page.locator('[role="meter"][data-meter="trust"]');
    await expect.poll(() => trust.getAttribute('aria-valuetext')).toMatch(/; capped at 40 from now on$/);
    expect(await page.locator('[data-meter="trust"] .meter__limit').textContent()).toBe('Capped at 40');
    expect(await page.getByText('Trust capped at 40 from now on').count()).toBe(1);
    await page.waitForTimeout(1800);
    await screenshot(page, 'caps-consequence');
    expect(errors).toEqual([]);
    await page.context().close();
  }, 300_000);
});
