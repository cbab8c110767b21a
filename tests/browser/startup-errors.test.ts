/**
 * Issue #17, point 8, in a real browser: the game says on screen what stopped it from opening
 * instead of leaving a blank page or a dead briefing, and an analysis worker past its wall-clock
 * limit is stopped with a message, here on a file whose eighteen chance triggers all roll at one
 * step (2^18 outcomes). The limit is reached on the page's fake clock: no test waits 20 seconds,
 * and none asserts how long anything took.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createSession } from '../../src/engine/index';
import { loadScenario } from '../../src/scenario/index';
import { seriousViolations } from './game-helpers';
import { screenshot, useBrowserApp } from './harness';

const env = useBrowserApp();

const alert = (page: Page) => page.getByRole('alert').filter({ hasText: 'The crisis room could not open' });

describe('start-up failures on screen', () => {
  it('says the game could not open when its code cannot be loaded, instead of a blank page', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    // The game's own chunk fails (a deploy replaced it, the network dropped): import('./game') rejects.
    await page.route(/\/assets\/game-[^/]+\.js$/, (route) => route.abort('failed'));
    await page.goto(`${env.app.url}index.html?scenario=tutorial_loyalty_leak&seed=3`);
    await alert(page).waitFor();
    // The briefing, which opens while the game loads, must not cover the message once it has loaded.
    await page.waitForLoadState('networkidle');
    expect(await page.locator('#ui').getAttribute('data-screen')).toBe('startup-error');
    const text = (await alert(page).textContent()) ?? '';
    expect(text).toContain('Reload the page to try again');
    // The browser's own words for the failed import, shown as text.
    expect(text).toMatch(/dynamically imported module|Failed to fetch/i);
    expect(await page.locator('#ui').isVisible()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'startup-error-chunk');
    await context.close();
  });

  it('shows an error thrown while the room boots, as text', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    // A failure after start-up code ran (the kind a scenario's rules can raise): uncaught, it reaches the watch.
    await page.addInitScript(() => {
      window.addEventListener('load', () => setTimeout(() => {
        throw new Error('<b>rules</b> failed while the room booted');
      }, 0));
    });
    await page.goto(`${env.app.url}index.html?scenario=tutorial_loyalty_leak&seed=3`);
    await alert(page).waitFor();
    await expect.poll(() => alert(page).locator('p').first().textContent()).toBe('<b>rules</b> failed while the room booted');
    expect(await alert(page).locator('b').count()).toBe(0);
    await context.close();
  });
});

describe('an analysis worker past its wall-clock limit', () => {
  it('is stopped with a message in the debrief\u2019s best path, for a file whose chance triggers fork 2^18 ways', async () => {
    const source = readFileSync(new URL('../fixtures/ui/chance-eighteen.yaml', import.meta.url), 'utf8');
    const { scenario } = loadScenario(source, { file: 'chance-eighteen.yaml' });
    if (!scenario) throw new Error('the fixture does not load');
    const session = createSession(scenario, { seed: 4, team: 'Blue', now: () => 1_700_000_000_000 });
    session.choose('go');
    session.choose('finish');
    expect(session.finished()).toBe(true);

    const files = [
      { name: 'chance-eighteen.yaml', mimeType: 'application/yaml', buffer: Buffer.from(source) },
      { name: 'blue.save.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(session.save())) },
    ];
    // The page says the stop in its own language: English, then Korean.
    const cases = [
      { query: '', working: 'Working out the highest-scoring path\u2026', note: /^The exact best path could not be worked out in the browser/, said: 'the analysis was stopped after 20 seconds; this scenario is too large (or forks on too many chance triggers) to analyse in the browser', shot: 'startup-error-worker-limit' },
      { query: '?lang=ko', working: '최고 점수 경로를 계산하는 중\u2026', note: /^이 시나리오의 정확한 최선 경로를 브라우저에서 계산할 수 없었습니다/, said: '20초가 지나 분석을 멈췄습니다. 브라우저에서 분석하기에는 시나리오가 너무 크거나 우연 트리거의 분기가 너무 많습니다', shot: 'ko-startup-error-worker-limit' },
    ];
    for (const { query, working, note: opening, said, shot } of cases) {
      const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.clock.install();
      await page.goto(`${env.app.url}debrief.html${query}`);
      await page.locator('input[type=file]').first().setInputFiles(files);
      await page.getByText(working).waitFor();
      // The worker has 2^19 runs of the rules ahead of it; the page's clock passes its 20-second limit now.
      await page.clock.runFor(21_000);
      const note = page.getByText(opening);
      await note.waitFor();
      expect(await note.textContent()).toContain(said);
      await note.scrollIntoViewIfNeeded();
      await screenshot(page, shot);
      await context.close();
    }
  });
});
