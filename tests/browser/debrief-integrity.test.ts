/**
 * debrief.html with hostile files: an edited export is ranked by the score its save replays to,
 * a rewritten save shows no score, and malformed files give messages instead of "Reading…".
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildReport, toJson } from '../../src/debrief/index';
import type { SaveFile } from '../../src/engine/index';
import type { Scenario } from '../../src/scenario/types';
import { openViewer, playSave, shipped } from './debrief-helpers';
import { screenshot, useBrowserApp, watchForErrors } from './harness';

const env = useBrowserApp();

const tutorial = (): Scenario => shipped('tutorial');

/** Plays to the end taking the choice at `pick` (wrapping) at every decision. */
const finish = (scenario: Scenario, team: string, pick: number): SaveFile =>
  playSave(scenario, { team, pick, seed: 5, step: 40_000 });

const open = (page: Page, files: { name: string; text: string }[]): Promise<void> =>
  openViewer(page, env.app.url, files);

describe('debrief viewer with edited and malformed files', () => {
  it('ranks an edited export by the score its save replays to', async () => {
    const scenario = tutorial();
    // The best- and worst-scoring of four fixed pickers: which is which follows the scenario's
    // shuffled orders, so it is measured, not assumed.
    const scores = [0, 1, 2, 3].map((pick) => ({
      pick,
      score: buildReport(scenario, finish(scenario, 'Probe', pick)).score.overall,
    }));
    const byScore = [...scores].sort((a, b) => b.score - a.score);
    const good = buildReport(scenario, finish(scenario, 'Good table', byScore[0]?.pick ?? 0));
    const weak = buildReport(scenario, finish(scenario, 'Weak table', byScore.at(-1)?.pick ?? 0));
    expect(weak.score.overall).toBeLessThan(good.score.overall);
    const edited = JSON.parse(toJson(weak)) as { score: { overall: number } };
    edited.score.overall = 99;
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = watchForErrors(page);
    await open(page, [
      { name: 'good.json', text: toJson(good) },
      { name: 'edited.json', text: JSON.stringify(edited) },
    ]);
    await expect
      .poll(() => page.getByRole('heading', { level: 2, name: 'Where the paths diverged' }).count())
      .toBe(1);
    const overall = page.getByRole('row', { name: /^Overall score/ });
    const cells = await overall.getByRole('cell').allTextContents();
    expect(cells.slice(-2)).toEqual([String(good.score.overall), String(weak.score.overall)]);
    expect(cells).not.toContain('99');
    await expect
      .poll(() => page.locator('.crd-page__problem').textContent())
      .toContain(
        `edited.json: This export was changed after it was made: it claimed a score of 99, but the session save inside it replays to ${weak.score.overall}`,
      );
    await screenshot(page, 'debrief-integrity-compare');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows no score for a rewritten save and a message for every malformed file', async () => {
    const scenario = tutorial();
    const weak = finish(scenario, 'Weak table', 1);
    const good = finish(scenario, 'Good table', 0);
    const rewritten = {
      ...weak,
      scenario: { ...weak.scenario, hash: '0'.repeat(64) },
      state: good.state,
    };
    const wall = JSON.parse(JSON.stringify(weak)) as { log: { wall: number }[] };
    wall.log[1]!.wall = -1e300;
    const nullDecisions = JSON.parse(toJson(buildReport(scenario, weak))) as Record<
      string,
      unknown
    >;
    nullDecisions.decisions = [null];
    nullDecisions.save = null;
    const files = [
      { name: 'rewritten.json', text: JSON.stringify(rewritten) },
      { name: 'wall.json', text: JSON.stringify(wall) },
      {
        name: 'garbage-log.json',
        text: JSON.stringify({ ...weak, log: [1, null, { junk: true }] }),
      },
      {
        name: 'chosen.json',
        text: JSON.stringify({ ...weak, state: { ...weak.state, chosen: [{ id: 1 }] } }),
      },
      { name: 'null-decisions.json', text: JSON.stringify(nullDecisions) },
      {
        name: 'pattern-id.json',
        text: JSON.stringify({ ...weak, scenario: { ...weak.scenario, id: '(?:[\\s\\S]+)+Q' } }),
      },
    ];
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = watchForErrors(page);
    await open(page, files);
    const problems = page.locator('.crd-page__problem');
    await expect.poll(() => problems.count(), { timeout: 30_000 }).toBe(files.length);
    const text = (await problems.allTextContents()).join('\n');
    for (const f of files) expect(text).toContain(f.name);
    expect(text).toContain('rewritten.json: unverified');
    await expect.poll(() => page.getByText(/Reading \d+ file/).count()).toBe(0);
    await expect.poll(() => page.getByText(/\/100|Overall/).count()).toBe(0);
    await screenshot(page, 'debrief-integrity-problems');
    expect(errors).toEqual([]);
    await page.close();
  });
});
