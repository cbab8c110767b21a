/**
 * Scenario text stays text, the built app runs under the strict CSP, broken files explain
 * themselves, and the address bar's wishes are followed or refused with a message.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserApp } from './harness';
import { next, openGame, playToDebrief, readSave, screen, waitForScreen } from './game-helpers';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/ui');

const env = useBrowserApp();

/** Nothing from the scenario became an element or ran. */
async function expectInert(page: Page): Promise<void> {
  expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
  expect(await page.locator('#ui script, #ui img, #ui iframe, #ui style, #ui [onerror], #ui [onload], #ui [onmouseover], #ui a[href^="javascript"]').count()).toBe(0);
}

describe('game security', () => {
  it('shows markup in scenario strings literally and runs none of it', async () => {
    const { page, errors } = await openGame(env.browser, env.app.url);
    await waitForScreen(page, 'menu');
    const mounted = next(page, async () => {
      await page.locator('input[type=file]').setInputFiles(resolve(FIXTURES, 'markup-injection.yaml'));
    });
    expect(await mounted).toBe('briefing');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe("<script>window.__pwned = 'title'</script>Markup <b>test</b>");
    expect(await page.getByText(`<img src=x onerror="window.__pwned='case'">Invented.`).count()).toBe(1);
    expect(await page.getByText(`<img src=x onerror="window.__pwned='brief'">Protect the company.`).count()).toBe(1);
    await expectInert(page);

    expect(await next(page, () => page.getByRole('button', { name: 'Continue' }).click())).toBe('war-room');
    expect(await page.getByText(`<script>window.__pwned = 'headline'</script>Read me`).count()).toBeGreaterThan(0);
    expect(await page.getByRole('meter', { name: '<b>Trust</b>' }).count()).toBe(1);
    expect(await page.getByText(`To: <b onmouseover="window.__pwned='role label'">Counsel</b>`, { exact: true }).count()).toBe(1);
    const choice = page.getByRole('group', { name: 'Choices' }).getByRole('button', { name: `Disclosure <img src=x onerror="window.__pwned='choice'">Speak`, exact: true });
    expect(await choice.count()).toBe(1);
    await choice.hover();
    await expectInert(page);

    const result = await playToDebrief(page, 'mouse', () => 1, async () => expectInert(page));
    expect(result.screens).toEqual(['war-room', 'consequence', 'ending', 'debrief']);
    await expectInert(page);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 300_000);

  it('lists the positioned diagnostics of an invalid file dropped on the menu', async () => {
    const { page, errors } = await openGame(env.browser, env.app.url);
    await waitForScreen(page, 'menu');
    const source = readFileSync(resolve(FIXTURES, 'invalid-scenario.yaml'), 'utf8');
    await page.evaluate((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'invalid-scenario.yaml', { type: 'text/yaml' }));
      document.querySelector('.menu')?.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, source);
    const report = page.getByRole('region', { name: /invalid-scenario\.yaml cannot be played/ });
    await expect.poll(() => report.count()).toBe(1);
    const text = await report.textContent();
    expect(text).toContain('invalid-scenario.yaml:35:16');
    expect(text).toMatch(/error CR502 ?unknown name 'trsut'; did you mean 'trust'\?/);
    expect(text).toContain('invalid-scenario.yaml:36:17');
    expect(text).toContain("unknown beat 'nowhere'");
    expect(await report.locator('pre').first().textContent()).toContain('trsut > 10');
    expect(await screen(page)).toBe('menu');
    expect(errors).toEqual([]);
    await page.context().close();
  }, 120_000);

  it('serves the strict Content-Security-Policy and raises no violation', async () => {
    const { page, errors } = await openGame(env.browser, `${env.app.url}?scenario=breach_33m`);
    const response = await page.reload();
    const policy = response?.headers()['content-security-policy'] ?? '';
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toContain('unsafe-eval');
    await waitForScreen(page, 'briefing');
    await next(page, () => page.getByRole('button', { name: 'Continue' }).click());
    await page.getByRole('group', { name: 'Choices' }).getByRole('button').first().click();
    await waitForScreen(page, 'consequence');
    expect(errors).toEqual([]);
    await page.context().close();
  }, 120_000);

  it('opens a briefing from ?scenario= with the seed from ?seed=', async () => {
    const { page, errors } = await openGame(env.browser, `${env.app.url}?scenario=tutorial_loyalty_leak&seed=42`);
    await waitForScreen(page, 'briefing');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Tutorial: the loyalty app leak');
    await next(page, () => page.getByRole('button', { name: 'Continue' }).click());
    expect((await readSave(page))?.seed).toBe(42);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 120_000);

  it('shows a message and the menu for an unknown scenario or a malformed seed', async () => {
    const { page, errors } = await openGame(env.browser, `${env.app.url}?scenario=no_such_thing&seed=banana`);
    await waitForScreen(page, 'menu');
    const alerts = await page.getByRole('alert').allTextContents();
    expect(alerts.join('\n')).toMatch(/no exercise called “no_such_thing”/);
    expect(alerts.join('\n')).toMatch(/“banana” is not a seed/);
    expect(await page.getByRole('button', { name: /^Play / }).count()).toBeGreaterThanOrEqual(2);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 120_000);
});
