/**
 * `?inspect` opens the Stately inspector on the session's actor. The inspector's own page lives at
 * stately.ai, which a closed test network cannot load, so this checks our side: the inspector window
 * is requested, and the game plays on undisturbed.
 */
import { describe, expect, it } from 'vitest';
import { openGame, waitForScreen } from './game-helpers';
import { useBrowserApp } from './harness';

const env = useBrowserApp();

describe('game inspector', () => {
  it('opens the Stately inspector window for ?inspect and keeps the game playable', async () => {
    const { page, errors } = await openGame(env.browser, 'about:blank');
    // Stand in for stately.ai so the window has something to show on a closed network.
    await page.context().route('https://stately.ai/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Stately inspector</title>' }),
    );
    const popup = page.waitForEvent('popup', { timeout: 30_000 });
    await page.goto(`${env.app.url}?scenario=tutorial_loyalty_leak&seed=1&inspect`);
    await waitForScreen(page, 'briefing');
    await page.getByRole('button', { name: 'Continue' }).click();
    await waitForScreen(page, 'war-room');
    const inspector = await popup;
    expect(inspector.url()).toMatch(/^https:\/\/stately\.ai\//);
    await expect(page.getByRole('group', { name: 'Choices' }).getByRole('button').count()).resolves.toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
