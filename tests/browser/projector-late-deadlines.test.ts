/**
 * Issue #16, To build 1: in projector view every choice, the timer, the meters and the deadlines
 * stay on screen while the room decides, at every decision of the longest case (breach_33m,
 * checked at 1920x1080 and at 1024x768), not only the first. Three routes (always the first
 * choice shown, always the last, and a mixed one) between them meet every decision of four or more
 * choices. Late in the case nine clocks have started and most have been met or missed: each
 * running clock shows as a row; the resolved ones are counted in one line, so no clock goes
 * unmentioned.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/index';
import { choiceFit, detailsSwitchProblems } from './choice-fit.ts';
import { screenshot, useBrowserApp } from './harness.ts';
import { byId, next, openGame, playToDebrief, seriousViolations, shownChoiceIds, waitForScreen } from './game-helpers.ts';
import { offScreen } from './on-screen.ts';

const env = useBrowserApp();
const { scenario } = loadScenario(readFileSync(resolve(import.meta.dirname, '../../scenarios/breach_33m.yaml'), 'utf8'));
/** The beat of each choice id, to name the decisions a route meets. */
const beatOf = new Map((scenario?.beats ?? []).flatMap((beat) => (beat.decision?.choices ?? []).map((choice) => [choice.id, beat.id] as const)));
/** Projector body size at 1920x1080 (projector-readable.test.ts); at 1024x768 the label is 1rem. */
const BACK_OF_ROOM_PX = 28;

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

type Pick = Parameters<typeof playToDebrief>[2];

const ROUTES: readonly { readonly name: string; readonly pick: Pick }[] = [
  { name: 'first', pick: () => 0 },
  { name: 'last', pick: (count) => count - 1 },
  // Strikes the clause, so the deletion decision shows four choices, not five.
  { name: 'mixed', pick: byId('d3_strike_clause', 'd5_preserve_and_report', 'd4_file_and_notify', 'su_materially_larger', 'd8_full_correction', 'd6_one_page_exit') },
];

/** Decisions met on any route with four or more choices shown: beat id to the counts seen. */
const met = new Map<string, Set<number>>();
/** Per size, the lowest bottom edge of a last choice, and where. */
const lowest = new Map<number, { bottom: number; at: string }>();

describe('projector view late in the breach case', () => {
  afterAll(() => {
    console.log(`lowest choice per size: ${[...lowest].map(([width, low]) => `${width}: ${low.bottom}px (${low.at})`).join('; ')}`);
  });

  for (const route of ROUTES) {
    it(`keeps every choice, the meters, the timer and the clocks on screen at every decision (${route.name} route), at 1920x1080 and 1024x768`, async () => {
      const { page, errors } = await openGame(env.browser, `${env.app.url}index.html?scenario=breach_33m&seed=1&display=projector`, VIEWPORTS[0]);
      await waitForScreen(page, 'briefing', 90_000);
      await next(page, () => page.getByRole('button', { name: 'Continue' }).click());
      const problems: string[] = [];
      let most: ClockCount = { started: 0, running: 0, rows: 0, rest: '', counted: 0 };
      const tightest = new Map<number, number>();
      let folded = 0;
      await playToDebrief(page, 'mouse', route.pick, async (screenName, step) => {
        if (screenName !== 'war-room' || (await page.getByRole('group', { name: 'Choices' }).count()) === 0) return;
        const ids = await shownChoiceIds(page);
        const beat = beatOf.get(ids[0] ?? '') ?? '?';
        if (ids.length >= 4) met.set(beat, new Set([...(met.get(beat) ?? []), ids.length]));
        for (const viewport of VIEWPORTS) {
          await page.setViewportSize(viewport);
          const at = `${route.name} step ${step} (${beat}, ${ids.length} choices) at ${viewport.width}x${viewport.height}`;
          // The fitting follows the column's new size on the next frame.
          await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
          const fit = await choiceFit(page, viewport.width === 1920 ? BACK_OF_ROOM_PX : 0);
          if (fit.count !== ids.length) problems.push(`${at}: ${fit.count} choice cards for ${ids.length} choices`);
          problems.push(...fit.problems.map((problem) => `${at}: ${problem}`));
          if (fit.lowest > (lowest.get(viewport.width)?.bottom ?? -1)) lowest.set(viewport.width, { bottom: fit.lowest, at });
          // The first decision whose details fold: its switch by keyboard, and axe (on one route).
          if (viewport.width === 1920 && (await page.locator('.decision[data-details="folded"]').count()) > 0 && folded++ === 0 && route.name === 'first') {
            problems.push(...(await detailsSwitchProblems(page)).map((problem) => `${at}: ${problem}`));
            problems.push(...(await seriousViolations(page)).map((problem) => `${at}: axe ${problem}`));
          }
          if (fit.lowest > (tightest.get(viewport.width) ?? -1)) {
            tightest.set(viewport.width, fit.lowest);
            await screenshot(page, `projector-late-choices-${route.name}-${viewport.width}`);
          }
          for (const selector of ['.meter', '.timer', '.deadlines .deadline', '.deadlines__rest']) {
            problems.push(...(await offScreen(page, selector, true)).map((problem) => `${at}: ${problem}`));
          }
          const count = await clocks(page);
          // The most urgent running clock keeps its row; every clock without a row is counted below.
          if (count.running > 0 && count.rows === 0) problems.push(`${at}: ${count.running} clocks running, none shown`);
          if (count.rows + count.counted !== count.started) problems.push(`${at}: ${count.started} clocks, ${count.rows} rows, "${count.rest}"`);
          if (viewport.width === 1920 && count.started > most.started) {
            most = count;
            if (route.name === 'first') await screenshot(page, 'projector-late-deadlines-1920');
          }
          if (route.name === 'first' && viewport.width === 1024 && count.started >= most.started) await screenshot(page, 'projector-late-deadlines-1024');
        }
        await page.setViewportSize(VIEWPORTS[0]);
      });
      expect(problems).toEqual([]);
      // Late decisions do not fit with their descriptions at 1920x1080: the switch was met and tried.
      expect(folded).toBeGreaterThan(0);
      // The case really gets late: most clocks started, some folded into the line of counts.
      expect(most.started).toBeGreaterThanOrEqual(6);
      expect(most.rest).toMatch(/^Also: .*\d/);
      expect(errors).toEqual([]);
      await page.context().close();
    }, 1_800_000);
  }

  it('met, between the routes, every decision of four or more choices and both sizes of the varying ones', () => {
    const large = (scenario?.beats ?? []).filter((beat) => (beat.decision?.choices.length ?? 0) >= 4).map((beat) => beat.id);
    expect(large.length).toBeGreaterThan(15);
    expect([...met.keys()].sort()).toEqual([...large].sort());
    // The deletion decision shows four or five choices depending on the clause; both were met.
    expect([...(met.get('deletion_rush') ?? [])].sort()).toEqual([4, 5]);
    expect([...met.values()].some((counts) => counts.has(5))).toBe(true);
  });
});
