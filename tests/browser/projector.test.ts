/**
 * Issue #16, To build 1 and 2, in a real browser: projector view at 1920x1080 and 1024x768
 * (large type, four choices without scrolling, a large timer, injects enlarged and closed with
 * Escape, timer, meters and deadlines on screen), a number key that only selects until Enter, the
 * switch remembered, and the phone layout at 390px.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot, useBrowserApp } from './harness.ts';
import { next, openGame, playToTimedDecision, screen, seriousViolations, waitForScreen } from './game-helpers.ts';

const env = useBrowserApp();

/** Computed font size, in CSS pixels, of the first element matching `selector`. */
async function fontPx(page: Page, selector: string): Promise<number> {
  return page.locator(selector).first().evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
}

/** Whether every element matching `selector` lies wholly inside the window (no scrolling needed). */
async function allOnScreen(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((css) => {
    const elements = [...document.querySelectorAll(css)];
    return (
      elements.length > 0 &&
      elements.every((element) => {
        const box = element.getBoundingClientRect();
        return box.width > 0 && box.top >= 0 && box.left >= 0 && box.bottom <= window.innerHeight && box.right <= window.innerWidth;
      })
    );
  }, selector);
}

async function startWarRoom(page: Page): Promise<void> {
  // Generous: the shared test machine can take a while to boot Phaser.
  await waitForScreen(page, 'briefing', 90_000);
  await next(page, () => page.getByRole('button', { name: 'Continue' }).click());
  await page.getByRole('group', { name: 'Choices' }).waitFor();
}

describe('projector view', () => {
  it('shows a four-choice decision whole in large type at 1920x1080, with injects enlarged', async () => {
    const { page, errors } = await openGame(env.browser, `${env.app.url}index.html?scenario=breach_33m&seed=1&display=projector`, { width: 1920, height: 1080 });
    await startWarRoom(page);
    expect(await page.locator('html').getAttribute('data-display')).toBe('projector');
    expect(await page.getByRole('button', { name: 'Projector view' }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByRole('group', { name: 'Choices' }).getByRole('button').count()).toBe(4);
    for (const selector of ['.decision__prompt', '.choice__label', '.choice__description']) {
      expect(await fontPx(page, selector), selector).toBeGreaterThanOrEqual(28);
    }
    expect(await allOnScreen(page, '.choice')).toBe(true);
    expect(await allOnScreen(page, '.meter')).toBe(true);
    await screenshot(page, 'projector-1920-decision');
    expect(await seriousViolations(page)).toEqual([]);

    // Any inject, enlarged by keyboard; Escape closes it and the focus returns to its button.
    const enlarge = page.getByRole('button', { name: /^Enlarge: / }).first();
    await enlarge.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await fontPx(page, 'dialog .inject__body p')).toBeGreaterThanOrEqual(28);
    await screenshot(page, 'projector-1920-inject-enlarged');
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await enlarge.evaluate((element) => element === document.activeElement)).toBe(true);
    // And by mouse, closed with its button.
    await enlarge.click();
    await page.getByRole('button', { name: 'Close the enlarged inject' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await screen(page)).toBe('war-room');
    expect(errors).toEqual([]);
    await page.context().close();
  }, 180_000);

  it('keeps the timer, meters and deadlines on screen at 1024x768, the timer large', async () => {
    const { page, errors } = await openGame(env.browser, `${env.app.url}index.html?scenario=tutorial_loyalty_leak&seed=3&display=projector`, { width: 1024, height: 768 });
    await startWarRoom(page);
    await playToTimedDecision(page);
    const timer = page.getByRole('timer', { name: 'Time left for this decision' });
    await expect.poll(() => timer.textContent()).toMatch(/^\d:\d\d$/);
    for (const selector of ['.timer', '.meter', '.deadline:not(.deadline--folded)', '.choice']) {
      expect(await allOnScreen(page, selector), selector).toBe(true);
    }
    // Three columns side by side, not one long page.
    const columns = await page.evaluate(() => ['.feed', '.stage', '.status'].map((css) => document.querySelector(css)?.getBoundingClientRect().top ?? -1));
    expect(new Set(columns).size).toBe(1);
    expect(await fontPx(page, '.timer')).toBeGreaterThanOrEqual(2 * (await fontPx(page, '.choice__label')));
    await screenshot(page, 'projector-1024-timed-decision');
    expect(errors).toEqual([]);
    await page.context().close();
  }, 180_000);

  it('asks for Enter after a number key, and Escape takes the selection back', async () => {
    const { page, errors } = await openGame(env.browser, `${env.app.url}index.html?scenario=tutorial_loyalty_leak&seed=3&display=projector`, { width: 1920, height: 1080 });
    await startWarRoom(page);
    const second = page.getByRole('group', { name: 'Choices' }).getByRole('button').nth(1);
    const confirm = page.getByRole('status').filter({ hasText: 'Choice 2 selected' });
    await page.keyboard.press('2');
    // A stray key commits nothing: it selects, says so, and waits.
    await confirm.waitFor();
    expect(await confirm.textContent()).toMatch(/Press Enter to confirm, or Escape to cancel\.$/);
    expect(await second.evaluate((element) => element === document.activeElement)).toBe(true);
    await screenshot(page, 'projector-choice-selected');
    await page.waitForTimeout(300);
    expect(await screen(page)).toBe('war-room');
    await page.keyboard.press('Escape');
    await confirm.waitFor({ state: 'detached' }).catch(() => undefined);
    expect(await page.locator('.decision__confirm').textContent()).toBe('');
    expect(await page.locator('[data-armed]').count()).toBe(0);
    expect(await screen(page)).toBe('war-room');
    const label = (await second.locator('.choice__label').textContent()) ?? '';
    await page.keyboard.press('2');
    await confirm.waitFor();
    expect(await next(page, () => page.keyboard.press('Enter'))).toBe('consequence');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(label);
    await screenshot(page, 'projector-1920-consequence');
    expect(errors).toEqual([]);
    await page.context().close();
  }, 180_000);

  it('is switched on from the war room and remembered after a reload', async () => {
    const { page, errors } = await openGame(env.browser, `${env.app.url}index.html?scenario=tutorial_loyalty_leak&seed=3`, { width: 1280, height: 720 });
    await startWarRoom(page);
    const toggle = page.getByRole('button', { name: 'Projector view' });
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    const before = await fontPx(page, '.choice__label');
    await toggle.focus();
    await next(page, () => page.keyboard.press('Enter'));
    expect(await page.locator('html').getAttribute('data-display')).toBe('projector');
    expect(await page.getByRole('button', { name: 'Projector view' }).getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Projector view');
    expect(await fontPx(page, '.choice__label')).toBeGreaterThan(before);
    // A plain address, no ?display=: the switch itself was remembered.
    await page.goto(`${env.app.url}index.html`);
    await waitForScreen(page, 'menu', 90_000);
    expect(await page.locator('html').getAttribute('data-display')).toBe('projector');
    expect(errors).toEqual([]);
    await page.context().close();
  }, 180_000);
});

describe('phone layout', () => {
  it('fits 390px: the header apart, one scroll container, gauges across, touch wording', async () => {
    const context = await env.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    const page = await context.newPage();
    await page.goto(`${env.app.url}index.html?scenario=tutorial_loyalty_leak&seed=3`);
    await startWarRoom(page);
    // Nothing wider than the phone.
    expect(await page.evaluate(() => document.getElementById('ui')?.scrollWidth)).toBeLessThanOrEqual(390);
    const topbar = await page.locator('.topbar').boundingBox();
    const grid = await page.locator('.war-room__grid').boundingBox();
    expect(topbar && grid && topbar.y + topbar.height <= grid.y).toBe(true);
    // Only #ui scrolls: no element inside the war room scrolls on its own.
    const scrollers = await page.evaluate(() =>
      [...document.querySelectorAll('.war-room *')]
        .filter((element) => /auto|scroll/.test(getComputedStyle(element).overflowY) && element.scrollHeight > element.clientHeight + 1)
        .map((element) => element.className),
    );
    expect(scrollers).toEqual([]);
    const tops = await page.locator('.meters .meter').evaluateAll((meters) => meters.map((meter) => Math.round(meter.getBoundingClientRect().top)));
    expect(tops.length).toBeGreaterThan(1);
    expect(new Set(tops).size).toBe(1);
    expect(await page.getByText('Discuss, then tap a choice.').isVisible()).toBe(true);
    expect(await page.getByText(/number key/i).isVisible()).toBe(false);
    await screenshot(page, 'phone-war-room');
    expect(await seriousViolations(page)).toEqual([]);
    await page.locator('.status').scrollIntoViewIfNeeded();
    await screenshot(page, 'phone-war-room-status');
    await next(page, () => page.getByRole('group', { name: 'Choices' }).getByRole('button').first().tap());
    await screenshot(page, 'phone-consequence');
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  }, 180_000);
});
