/**
 * A lasting cap as the room sees it: after the tutorial's PIPC report is missed, trust is capped
 * at 55, and the war room and the consequence screen say so beside the dial and in the meter's
 * accessible value.
 */
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
    expect(await choose(page, /Publish a preliminary notice today/)).toBe('consequence');
    await toDecision(page);
    // Counsel's review makes the 72-hour PIPC report late: the miss caps trust at 55.
    expect(await choose(page, /Wait until counsel has reviewed every log line/)).toBe('consequence');
    await expect.poll(() => page.locator('[role="meter"][data-meter="trust"]').getAttribute('aria-valuetext')).toMatch(/; capped at 55 from now on$/);
    expect(await page.locator('[data-meter="trust"] .meter__limit').textContent()).toBe('Capped at 55');
    expect(await page.getByText('Customer trust capped at 55 from now on').count()).toBe(1);
    await page.waitForTimeout(1800);
    await screenshot(page, 'caps-consequence');
    await toDecision(page);
    expect(await page.locator('[role="meter"][data-meter="trust"]').getAttribute('aria-valuetext')).toMatch(/capped at 55/);
    expect(Number(await page.locator('[role="meter"][data-meter="trust"]').getAttribute('aria-valuenow'))).toBeLessThanOrEqual(55);
    await page.waitForTimeout(1800);
    await screenshot(page, 'caps-war-room');
    expect(errors).toEqual([]);
    await page.context().close();
  }, 300_000);
});
