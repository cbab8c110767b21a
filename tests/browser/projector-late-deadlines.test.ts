/**
 * Issue #16, To build 1: in projector view the timer, the meters and the deadlines stay on screen
 * while the room decides, at every decision of the longest case (breach_33m, first choice each
 * time, checked at 1920x1080 and at 1024x768), not only the first:
 * late in the case nine clocks have started and most have been met or missed. Each running clock
 * shows as a row; the resolved ones are counted in one line, so no clock goes unmentioned.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot, useBrowserApp } from './harness.ts';
import { next, openGame, playToDebrief, waitForScreen } from './game-helpers.ts';
import { offScreen } from './on-screen.ts';

const env = useBrowserApp();

interface ClockCount {
  readonly started: number;
  readonly running: number;
  readonly rows: number;
  /** The line of counts under the rows, and the clocks it counts. */
  readonly rest: string;
  readonly counted: number;
}

/** The clocks the engine has started, the running ones, the rows on screen and the summary line. */
async function clocks(page: Page): Promise<ClockCount> {
  return page.evaluate(() => {
    const all = [...document.querySelectorAll('.deadlines .deadline')];
    const line = document.querySelector('.deadlines__rest');
    const rest = line && line.getClientRects().length > 0 ? (line.textContent ?? '') : '';
    return {
      started: all.length,
      running: all.filter((row) => /deadline--(running|urgent)/.test(row.className)).length,
      rows: all.filter((row) => row.getClientRects().length > 0).length,
      rest,
      counted: [...rest.matchAll(/\d+/g)].reduce((sum, match) => sum + Number(match[0]), 0),
    };
  });
}

const VIEWPORTS = [
  { width: 1920, height: 1080 },
  { width: 1024, height: 768 },
] as const;

describe('projector view late in the breach case', () => {
  it('keeps the meters, the timer and the clocks on screen at every decision, at 1920x1080 and 1024x768', async () => {
    const { page, errors } = await openGame(env.browser, `${env.app.url}index.html?scenario=breach_33m&seed=1&display=projector`, VIEWPORTS[0]);
    await waitForScreen(page, 'briefing', 90_000);
    await next(page, () => page.getByRole('button', { name: 'Continue' }).click());
    const problems: string[] = [];
    let most: ClockCount = { started: 0, running: 0, rows: 0, rest: '', counted: 0 };
    await playToDebrief(page, 'mouse', () => 0, async (screenName, step) => {
      if (screenName !== 'war-room' || (await page.getByRole('group', { name: 'Choices' }).count()) === 0) return;
      for (const viewport of VIEWPORTS) {
        await page.setViewportSize(viewport);
        const at = `step ${step} at ${viewport.width}x${viewport.height}`;
        // The fitting follows the column's new size on the next frame.
        await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
        // The choices are measured by projector-readable.test.ts (a four-choice decision); here the
        // status column, which is what grows as the case goes on.
        for (const selector of ['.meter', '.timer', '.deadlines .deadline', '.deadlines__rest']) {
          problems.push(...(await offScreen(page, selector, true)).map((problem) => `${at}: ${problem}`));
        }
        const count = await clocks(page);
        // The most urgent running clock keeps its row; every clock without a row is counted below.
        if (count.running > 0 && count.rows === 0) problems.push(`${at}: ${count.running} clocks running, none shown`);
        if (count.rows + count.counted !== count.started) problems.push(`${at}: ${count.started} clocks, ${count.rows} rows, "${count.rest}"`);
        if (viewport.width === 1920 && count.started > most.started) {
          most = count;
          await screenshot(page, 'projector-late-deadlines-1920');
        }
        if (viewport.width === 1024 && count.started >= most.started) await screenshot(page, 'projector-late-deadlines-1024');
      }
      await page.setViewportSize(VIEWPORTS[0]);
    });
    expect(problems).toEqual([]);
    // The case really gets late: most clocks started, some folded into the line of counts.
    expect(most.started).toBeGreaterThanOrEqual(6);
    expect(most.rest).toMatch(/^Also: .*\d/);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 900_000);
});
