/**
 * The team comparison grid in debrief.html: each team's choice at every beat side by side, the
 * rows where the paths differ marked in words, an incomplete run flagged, an export that cannot
 * be replayed named with no score; at the laptop and projector sizes.
 */
import { describe, expect, it } from 'vitest';
import { buildReport, toJson } from '../../src/debrief/index';
import { openViewer, playSave, shipped } from './debrief-helpers';
import { seriousViolations } from './game-helpers';
import { screenshot, useBrowserApp, watchForErrors } from './harness';

const env = useBrowserApp();
const scenario = shipped('breach_33m');

describe('team comparison grid', () => {
  const blue = buildReport(scenario, playSave(scenario, { team: 'Blue table', pick: 0 }));
  const red = buildReport(scenario, playSave(scenario, { team: 'Red table', pick: 1 }));
  const gold = buildReport(
    scenario,
    playSave(scenario, { team: 'Gold table', pick: 0, endAfter: 3 }),
  );
  // A real export whose save was edited after the run: its log no longer replays to its state.
  const forged = JSON.parse(
    toJson(buildReport(scenario, playSave(scenario, { team: 'Forged table', pick: 2 }))),
  ) as {
    save: { state: { meters: Record<string, number> } };
  };
  forged.save.state.meters = Object.fromEntries(
    Object.keys(forged.save.state.meters).map((k) => [k, 99]),
  );
  const files = [
    { name: 'blue.json', text: toJson(blue) },
    { name: 'red.json', text: toJson(red) },
    { name: 'gold.json', text: toJson(gold) },
    { name: 'forged.json', text: JSON.stringify(forged) },
  ];

  for (const viewport of [
    { width: 1366, height: 768 },
    { width: 1920, height: 1080 },
  ]) {
    it(`sets the teams' choices side by side at ${viewport.width}x${viewport.height}`, async () => {
      const page = await (await env.browser.newContext({ viewport })).newPage();
      const errors = watchForErrors(page);
      await openViewer(page, env.app.url, files);
      const grid = page.getByRole('table', { name: 'Each team\u2019s choice at every beat' });
      await expect.poll(() => grid.count(), { timeout: 30_000 }).toBe(1);

      const heads = await grid.locator('thead th').allTextContents();
      expect(heads).toEqual(['Beat', 'Blue table', 'Red table', 'Gold tableIncomplete run']);
      const rows = grid.locator('tbody tr');
      const beats = new Set(
        [...blue.decisions, ...red.decisions, ...gold.decisions].map((d) => d.beat),
      );
      await expect.poll(() => rows.count()).toBe(beats.size);
      // Row one: every team's first decision, in its own words.
      const first = await rows.nth(0).locator('td').allTextContents();
      expect(first[0]).toContain(blue.decisions[0]?.label ?? '?');
      expect(first[1]).toContain(red.decisions[0]?.label ?? '?');
      await expect.poll(() => grid.getByText('Paths part here').count()).toBe(1);
      await expect
        .poll(() => grid.getByText('Run ended before this beat').count())
        .toBeGreaterThan(0);

      // The edited export is named, said unverified, and scored nowhere.
      const scores = page.getByRole('region', { name: 'Scores and endings, team by team' });
      await expect
        .poll(() => scores.getByRole('columnheader', { name: 'Forged table (unverified)' }).count())
        .toBe(1);
      await expect.poll(() => scores.getByText('No score: unverified').count()).toBe(1);
      await expect
        .poll(() =>
          page.getByRole('heading', { level: 2, name: 'Unverified exports, not compared' }).count(),
        )
        .toBe(1);
      await expect
        .poll(() => page.locator('.crd-unverified li').textContent())
        .toMatch(/^Forged tableUnverified: no scoreforged\.json: cannot be replayed because /);

      // The grid scrolls within its own box; the page does not scroll sideways.
      await expect
        .poll(() =>
          page.evaluate(
            () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
          ),
        )
        .toBeLessThanOrEqual(0);
      expect(await seriousViolations(page)).toEqual([]);
      await page
        .getByRole('heading', { level: 2, name: 'Choices, beat by beat' })
        .scrollIntoViewIfNeeded();
      await screenshot(page, `debrief-compare-grid-${viewport.width}`);
      await page.evaluate(() => window.scrollTo(0, 0));
      await screenshot(page, `debrief-compare-top-${viewport.width}`);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }
});
