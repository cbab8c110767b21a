/**
 * The screenshots of docs/first-scenario.md, taken from the guide's own example: the scenario
 * written "from an empty file" there is pasted into the workshop, must check clean, and is played
 * from "Play in the game" to the debrief. A guide whose example stops checking fails here.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { byId, next, playToDebrief, seriousViolations, waitForScreen } from './game-helpers';
import { useBrowserApp, watchForErrors } from './harness';

const ROOT = resolve(import.meta.dirname, '../..');
const IMAGES = resolve(ROOT, 'docs/images');
const GUIDE = readFileSync(resolve(ROOT, 'docs/first-scenario.md'), 'utf8');
/** The guide's scenario from an empty file: its only YAML block that starts with `format: 1` after the modeline. */
const EXAMPLE =
  [...GUIDE.matchAll(/```yaml\n(# yaml-language-server[^\n]*\nformat: 1\n[\s\S]*?)```/g)][0]?.[1] ??
  '';

const env = useBrowserApp();

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(IMAGES, { recursive: true });
  await page.screenshot({ path: resolve(IMAGES, `${name}.png`), fullPage: false });
}

describe('docs/first-scenario.md', () => {
  it("its example checks in the workshop and plays in the game to the debrief; the guide's screenshots", async () => {
    expect(EXAMPLE).toContain('id: phishing_drill');
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const errors = watchForErrors(page);
    await page.goto(`${env.app.url}workshop.html`);
    const summary = page.locator('#ws-diagnostics-summary');
    await expect.poll(() => summary.textContent(), { timeout: 20_000 }).toBe('No problems.');
    await page.getByRole('textbox', { name: 'Scenario YAML' }).click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.keyboard.insertText(EXAMPLE);
    await expect.poll(() => summary.textContent(), { timeout: 20_000 }).toBe('No problems.');
    await expect
      .poll(() => page.getByText('Analysis complete.').count(), { timeout: 30_000 })
      .toBe(1);
    await page.locator('.cm-content').evaluate((el) => (el as HTMLElement).blur());
    await shot(page, 'first-scenario-workshop');

    await page.getByRole('button', { name: 'Play in the game' }).click();
    await page.waitForURL(/index\.html\?workshop$/);
    await waitForScreen(page, 'briefing');
    await expect
      .poll(() => page.getByRole('heading', { name: 'The payroll phishing mail' }).count())
      .toBe(1);
    await shot(page, 'first-scenario-briefing');
    expect(
      await next(page, () => page.getByRole('button', { name: 'Continue', exact: true }).click()),
    ).toBe('war-room');
    const log = await playToDebrief(page, 'mouse', byId('tell_staff'));
    expect(log.decisions).toBe(1);
    // The debrief draws its report after the screen mounts: wait for the ending's name.
    await expect
      .poll(() => page.getByText('Believed').count(), { timeout: 20_000 })
      .toBeGreaterThan(0);
    await shot(page, 'first-scenario-debrief');
    expect(await seriousViolations(page)).toEqual([]);

    // The menu's way in: "Open scenario file…", or a file dropped on the page.
    await page.goto(`${env.app.url}index.html`);
    await waitForScreen(page, 'menu');
    await expect
      .poll(() => page.getByRole('button', { name: 'Open scenario file…' }).count())
      .toBe(1);
    await shot(page, 'first-scenario-menu');
    expect(errors).toEqual([]);
    await context.close();
  }, 150_000);
});
