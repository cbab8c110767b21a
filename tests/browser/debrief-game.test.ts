/**
 * The debrief as the game shows it: a team plays the tutorial from the menu to the end, the full
 * report mounts after the ending, every export downloads from inside the game, and the report
 * prints without the room around it.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildReport, DECISION_COLUMNS, parseCsv, readReport } from '../../src/debrief/index';
import type { SaveFile } from '../../src/engine/types';
import { loadScenario } from '../../src/scenario/index';
import {
  byId,
  next,
  openGame,
  playToDebrief,
  readSave,
  seriousViolations,
  waitForScreen,
} from './game-helpers';
import { screenshot, useBrowserApp } from './harness';

const ROOT = resolve(import.meta.dirname, '../..');
const env = useBrowserApp();

async function download(page: Page, name: string): Promise<string> {
  const [dl] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name }).click(),
  ]);
  return readFileSync(await dl.path(), 'utf8');
}

describe('debrief after the game', () => {
  it('shows the full report after the ending and downloads every export', async () => {
    const { page, errors } = await openGame(env.browser, env.app.url, { width: 1280, height: 900 });
    await waitForScreen(page, 'menu');
    await page.getByLabel('Team name').fill('Gold team');
    expect(
      await next(page, () =>
        page
          .getByRole('button', { name: /tutorial|first hour|loyalty/i })
          .first()
          .click(),
      ),
    ).toBe('briefing');
    await next(page, () => page.getByRole('button', { name: 'Continue', exact: true }).click());
    // Vary the choices: a mixed run, so every section of the report has content. Named by id,
    // since the order they are shown in follows the session's seed.
    const played = await playToDebrief(
      page,
      'mouse',
      byId('notify_now', 'no_comment', 'lawyer_first', 'blame_vendor'),
    );
    expect(played.decisions).toBeGreaterThanOrEqual(3);

    await expect
      .poll(() => page.getByText('After-action report', { exact: true }).count(), {
        timeout: 15_000,
      })
      .toBe(1);
    const save = (await readSave(page)) as unknown as SaveFile;
    const { scenario } = loadScenario(
      readFileSync(
        resolve(
          ROOT,
          `scenarios/${save.scenario.id === 'tutorial_loyalty_leak' ? 'tutorial' : save.scenario.id}.yaml`,
        ),
        'utf8',
      ),
    );
    expect(scenario).not.toBeNull();
    if (!scenario) return;
    const expected = buildReport(scenario, save);
    await expect
      .poll(() => page.locator('.crd-score-overall strong').textContent())
      .toBe(String(expected.score.overall));
    await expect
      .poll(() => page.getByRole('heading', { level: 2, name: 'Decision by decision' }).count())
      .toBe(1);
    await expect.poll(() => page.locator('.crd-decision').count()).toBe(expected.decisions.length);
    // A deadline a route never started says so (r10 CISO N2); on this route (notify_now) the
    // notice promised its update, so every clock started and no row may say it.
    const notStarted = expected.deadlines.filter((d) => d.status === 'idle').length;
    await expect
      .poll(() => page.getByRole('cell', { name: 'Not started on this route', exact: true }).count())
      .toBe(notStarted);
    // The outcome story the room read after each choice, above its feedback.
    const story = expected.decisions[0]?.consequence ?? '';
    expect(story).not.toBe('');
    const first = page.locator('.crd-decision').first();
    await expect
      .poll(() => first.locator('.crd-story').textContent())
      .toBe(`What happened: ${story}`);
    await first.scrollIntoViewIfNeeded();
    await screenshot(page, 'debrief-decision-story');
    await expect
      .poll(() => page.getByRole('img', { name: 'Meters over in-game time' }).count())
      .toBe(1);
    // The tutorial is small enough for the worker to find the best path.
    await expect
      .poll(
        () =>
          page
            .getByRole('heading', { level: 2, name: 'The best path' })
            .locator('..')
            .textContent(),
        { timeout: 90_000 },
      )
      .toMatch(/highest-scoring playthrough scores \d+/);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'debrief-game');

    const json = readReport(await download(page, 'Download JSON'));
    expect(json.ok).toBe(true);
    if (json.ok) {
      expect(json.report.overview.team).toBe('Gold team');
      expect(json.report.score).toEqual(expected.score);
    }
    const csv = parseCsv(await download(page, 'Download CSV'));
    expect(csv).toHaveLength(expected.decisions.length + 1);
    for (const row of csv) expect(row).toHaveLength(DECISION_COLUMNS.length);
    const markdown = await download(page, 'Download Markdown');
    expect(markdown).toMatch(/^# After-action report: /);
    expect(markdown.split('\n').filter((line) => line.includes('| Not started on this route |'))).toHaveLength(notStarted);
    expect(await download(page, 'Download HTML report')).toMatch(/^<!doctype html>/);

    // Presenter mode from the game: the slides over the room, the game's keys kept from it, and
    // Escape back to the report.
    await page.getByRole('button', { name: 'Present to the room' }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(1);
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(() => page.locator('.crp-slide__heading').textContent())
      .toBe(
        `Decision 1 of ${expected.decisions.length}: ${expected.decisions[0]?.beatTitle ?? ''}`,
      );
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'debrief-game-presenter');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await expect.poll(() => page.locator('.crd-report').isVisible()).toBe(true);

    // Printing from the game: the room, the game's buttons and the export buttons stay off paper.
    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => page.locator('#stage').isVisible()).toBe(false);
    await expect
      .poll(() => page.getByRole('button', { name: 'Download JSON' }).isVisible())
      .toBe(false);
    await expect
      .poll(() => page.getByRole('heading', { level: 2, name: 'Executive summary' }).isVisible())
      .toBe(true);
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'debrief-game-print');
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    // Many pages: the whole report, not one clipped screen.
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0).toBeGreaterThan(2);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 300_000);
});
