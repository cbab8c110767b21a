/**
 * The game from the menu to the debrief, as a room would play it: the tutorial and the breach
 * scenario, each once with the keyboard only and once with the mouse.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserApp } from './harness';
import { type Mode, next, openGame, playToDebrief, press, readSave, tabTo, waitForScreen } from './game-helpers';

const env = useBrowserApp();

/** The war room as a screen reader sees it: meters with values and bands, named choices. */
async function checkWarRoom(page: Page): Promise<void> {
  const meters = page.getByRole('meter');
  expect(await meters.count()).toBeGreaterThanOrEqual(2);
  const save = await readSave(page);
  for (const meter of await meters.all()) {
    const now = Number(await meter.getAttribute('aria-valuenow'));
    const min = Number(await meter.getAttribute('aria-valuemin'));
    const max = Number(await meter.getAttribute('aria-valuemax'));
    expect(now).toBeGreaterThanOrEqual(min);
    expect(now).toBeLessThanOrEqual(max);
    expect(await meter.getAttribute('aria-valuetext')).toMatch(new RegExp(`^${now} of ${max}: \\S`));
    expect(await meter.getAttribute('aria-label')).toBeTruthy();
    const id = await meter.getAttribute('data-meter');
    expect(save?.state.meters[id ?? '']).toBe(now);
  }
  const group = page.getByRole('group', { name: 'Choices' });
  if ((await group.count()) > 0) {
    const names = await group.getByRole('button').evaluateAll((buttons) => buttons.map((b) => b.textContent ?? ''));
    expect(names.length).toBeGreaterThan(0);
    // Each choice is labelled with its move category first: "Disclosure" then "Publish ...".
    const categories = await group.locator('.choice__category').allTextContents();
    expect(categories.length).toBe(names.length);
    names.forEach((name, i) => expect(name.startsWith(categories[i] ?? '?')).toBe(true));
    for (const category of categories) expect(category).toMatch(/^(Disclosure|Leadership|Legal|[A-Z][\w ]+)$/);
  }
  await expect.poll(() => page.locator('#announcer').textContent()).toMatch(/New [\w -]+ from /);
}

async function play(scenarioTitle: RegExp, mode: Mode, pick: (count: number, step: number) => number): Promise<void> {
  const { page, errors } = await openGame(env.browser, env.app.url);
  await waitForScreen(page, 'menu');
  if (mode === 'keyboard') {
    await tabTo(page, 'Team name');
    await page.keyboard.type('Blue team');
    await tabTo(page, scenarioTitle);
    expect(await next(page, () => page.keyboard.press('Enter'))).toBe('briefing');
  } else {
    await page.getByLabel('Team name').fill('Blue team');
    expect(await next(page, () => page.getByRole('button', { name: scenarioTitle }).click())).toBe('briefing');
  }
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBeTruthy();
  expect(await next(page, () => press(page, mode, 'Continue'))).toBe('war-room');
  await checkWarRoom(page);
  expect(await page.getByText('Crisis room · Blue team').count()).toBe(1);

  let checked = 0;
  const result = await playToDebrief(page, mode, pick, async (name) => {
    if (name === 'war-room' && checked++ < 3) await checkWarRoom(page);
  });
  expect(result.decisions).toBeGreaterThanOrEqual(3);
  expect(result.screens).toContain('consequence');
  expect(result.screens).toContain('ending');
  // The full after-action report, or the short summary headed "Debrief" when the report is absent.
  await expect.poll(() => page.getByRole('heading', { name: /^(Executive summary|Debrief)$/ }).count()).toBeGreaterThan(0);
  const save = await readSave(page);
  expect(save?.log.length).toBeGreaterThan(result.decisions);
  expect(errors).toEqual([]);
  await page.context().close();
}

describe('game play', () => {
  it('plays the tutorial from the menu to the debrief with the keyboard only', async () => {
    await play(/^Play Tutorial/, 'keyboard', () => 0);
  }, 300_000);

  it('plays the tutorial from the menu to the debrief with the mouse', async () => {
    await play(/^Play Tutorial/, 'mouse', (count) => count - 1);
  }, 300_000);

  it('plays the breach scenario from the menu to the debrief with the keyboard only', async () => {
    await play(/^Play 33\.7 Million/, 'keyboard', () => 0);
  }, 600_000);

  it('plays the breach scenario from the menu to the debrief with the mouse', async () => {
    await play(/^Play 33\.7 Million/, 'mouse', (count, step) => (step * 7) % count);
  }, 600_000);
});
