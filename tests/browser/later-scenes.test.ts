/**
 * The screens after the first decision come in a chunk of their own (src/ui/scenes/later-scenes.ts):
 * fetched in the background once the war room is drawn, before the room decides, and a chunk
 * that cannot load says so on screen rather than leaving a dead choice.
 */
import type { Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openGame, waitForScreen } from './game-helpers';
import { useBrowserApp } from './harness';

const env = useBrowserApp();
const LATER = /\/assets\/later-[^/]+\.js$/;
const START = 'index.html?scenario=tutorial_loyalty_leak&seed=3';

describe('the later screens', () => {
  it('arrive in the background after the war room is drawn, and the decision shows its consequence', async () => {
    const { page, errors } = await openGame(env.browser, `${env.app.url}${START}`);
    const requested: Request[] = [];
    page.on('request', (request) => {
      if (LATER.test(request.url())) requested.push(request);
    });
    await waitForScreen(page, 'briefing');
    await page.locator('#ui').getByRole('button', { name: 'Continue' }).click();
    await waitForScreen(page, 'war-room');
    // Nobody has decided yet: the chunk is on its way regardless.
    await expect.poll(() => requested.length, { timeout: 30_000 }).toBeGreaterThan(0);
    await page.getByRole('group', { name: 'Choices' }).getByRole('button').first().click();
    await waitForScreen(page, 'consequence');
    // Its words are the later file's, in English, not keys.
    await expect.poll(() => page.locator('#ui').textContent()).not.toMatch(/game\.(consequence|cause|expert)\./);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('say on screen that the game could not go on when their chunk cannot be loaded', async () => {
    const { page } = await openGame(env.browser, 'about:blank');
    await page.route(LATER, (route) => route.abort('failed'));
    await page.goto(`${env.app.url}${START}`);
    await waitForScreen(page, 'briefing');
    await page.locator('#ui').getByRole('button', { name: 'Continue' }).click();
    await waitForScreen(page, 'war-room');
    await page.getByRole('group', { name: 'Choices' }).getByRole('button').first().click();
    const alert = page.getByRole('alert').filter({ hasText: 'The crisis room could not open' });
    await alert.waitFor();
    expect(await page.locator('#ui').getAttribute('data-screen')).toBe('startup-error');
    expect(await alert.textContent()).toMatch(/dynamically imported module|Failed to fetch/i);
    await page.context().close();
  });
});
