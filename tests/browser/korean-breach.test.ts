/**
 * The flagship in Korean (issue #20, "Done when"): breach_33m played from the menu to the debrief
 * at 1366x768 in Korean, on one route that meets the most screens (clocks met and missed, a
 * decision timer running out, consequences, an ending), with every screen, the debrief report and
 * its Markdown, HTML and CSV exports held to the Korean checks; then the same route in English,
 * whose save must end in the same state and score.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { DECISION_COLUMNS, parseCsv } from '../../src/debrief/index';
import { describe, expect, it } from 'vitest';
import { useBrowserApp } from './harness';
import { next, openGame, readSave, screen, waitForReport, waitForScreen } from './game-helpers';
import { check, expectClean, noFindings, type Findings } from './korean-checks';
import { englishTexts, ko, latinWordsIn, latinWordsLeft } from './korean-leftovers';

const env = useBrowserApp();

/**
 * The test plan "letting the revision clock run out" (breach_33m.test.yaml): every clock met but
 * two, which the held notice misses; the count decision (d8) is left to its timer.
 */
const ROUTE = ['c0_rotate_preserve', 'k1_file_now', 'd1_early_notice', 'd2_full_forensics', 'd3_strike_clause', 'd4_file_and_notify', 'd5_preserve_and_report', 'su_materially_larger', 'd6_one_page_exit', 'd7_full_protection', 'm_item_105', 'd9_real_compensation', 'sx_hand_over', 'd10_local_leader', 'd11a_security_overhaul', 'f_in_person', 'd12_comply_and_publish', 'd13_mediation', 'd14_full_account'];
/** A choice of the decision whose timer is left to run out (180 s in the scenario). */
const TIMED_CHOICE = 'd8_wait_for_final';

interface Words {
  readonly choices: string;
  readonly continue: string;
}

const KOREAN: Words = { choices: ko('game.choices.group'), continue: ko('game.warRoom.continue') };
const ENGLISH: Words = { choices: 'Choices', continue: 'Continue' };

/**
 * From the briefing's Continue to the debrief along ROUTE, calling `onScreen` on each screen
 * once it is mounted; returns the screens met, in order.
 */
async function playRoute(page: Page, words: Words, onScreen: (name: string, step: number) => Promise<void>): Promise<string[]> {
  const screens: string[] = [];
  for (let step = 0; step < 120; step++) {
    const name = (await screen(page)) ?? '?';
    screens.push(name);
    if (name === 'debrief') return screens;
    await onScreen(name, step);
    const choices = page.getByRole('group', { name: words.choices });
    if (name === 'war-room' && (await choices.count()) > 0) {
      const ids = await choices.locator('[data-choice]').evaluateAll((buttons) => buttons.map((button) => button.getAttribute('data-choice') ?? ''));
      if (ids.includes(TIMED_CHOICE)) {
        const before = Number(await page.locator('#ui').getAttribute('data-mount'));
        await page.clock.fastForward('03:05');
        await page.waitForFunction((count) => Number(document.querySelector('#ui')?.getAttribute('data-mount') ?? 0) > count, before, { timeout: 30_000 });
        continue;
      }
      const id = ids.find((shown) => ROUTE.includes(shown));
      if (id === undefined) throw new Error(`no choice of the route among ${ids.join(', ')} after ${screens.join(' > ')}`);
      await next(page, () => choices.locator(`[data-choice="${id}"]`).click());
      continue;
    }
    if (name === 'war-room' || name === 'consequence' || name === 'ending') {
      await next(page, () => page.getByRole('button', { name: words.continue, exact: true }).click());
      continue;
    }
    throw new Error(`unexpected screen ${name} after ${screens.join(' > ')}`);
  }
  throw new Error(`did not reach the debrief: ${screens.join(' > ')}`);
}

/** Opens the game with a clock the test can run forward (the decision timer counts real seconds). */
async function openWithClock(lang: string): Promise<{ page: Page; errors: string[] }> {
  const game = await openGame(env.browser, 'about:blank', { width: 1366, height: 768 });
  await game.page.clock.install();
  await game.page.goto(`${env.app.url}?lang=${lang}&seed=1`);
  await waitForScreen(game.page, 'menu');
  return game;
}

async function download(page: Page, name: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name, exact: true }).click()]);
  return readFileSync(await file.path(), 'utf8');
}

/** The exports the debrief screen offers, each held to the Latin-word check. */
async function checkExports(page: Page, findings: Findings): Promise<void> {
  const markdown = await download(page, ko('viewer.exports.download').replace('{format}', 'Markdown'));
  expect(markdown.length).toBeGreaterThan(1000);
  findings.latin['export-markdown'] = latinWordsIn(markdown.split('\n'));
  const rows = parseCsv(await download(page, ko('viewer.exports.download').replace('{format}', 'CSV')));
  expect(rows.length).toBeGreaterThan(ROUTE.length);
  // The beat and choice columns hold ids (codes for a spreadsheet to join on), not words.
  const ids = new Set(['scenario', 'beat', 'choice'].map((column) => DECISION_COLUMNS.indexOf(column as (typeof DECISION_COLUMNS)[number])));
  findings.latin['export-csv'] = latinWordsIn(rows.flatMap((row) => row.filter((_, index) => !ids.has(index))));
  const html = await download(page, ko('viewer.exports.download').replace('{format}', ko('viewer.exports.html')));
  // The HTML report read as a browser shows it: its text, its names and its `lang`.
  const reader = await page.context().newPage();
  await reader.setContent(html);
  findings.lang['export-html'] = await reader.evaluate(() => document.documentElement.lang);
  findings.latin['export-html'] = await latinWordsLeft(reader);
  await reader.close();
}

describe('the flagship in Korean', () => {
  it('plays breach_33m from the menu to the debrief and its exports in Korean, and scores the same in English', async () => {
    const findings = noFindings();
    const { page, errors } = await openWithClock('ko');
    await check(page, 'ko-breach-menu', findings);
    await next(page, () => page.getByRole('button', { name: ko('game.menu.playNamed').replace('{title}', '3,370만 명'), exact: true }).click());
    await check(page, 'ko-breach-briefing', findings);
    await next(page, () => page.getByRole('button', { name: ko('game.briefing.continue'), exact: true }).click());

    // Every screen gets the text checks; the first of each kind, the screen after the timer and the
    // ending are also looked at (axe, screenshot): axe on all sixty would cost minutes on CI.
    const looked = new Set<string>();
    let timed = false;
    const screens = await playRoute(page, KOREAN, async (name, step) => {
      const decision = name === 'war-room' && (await page.getByRole('group', { name: KOREAN.choices }).count()) > 0;
      const kind = decision ? 'decision' : name;
      const afterTimer = name === 'consequence' && timed;
      timed = decision && (await page.locator(`[data-choice="${TIMED_CHOICE}"]`).count()) > 0;
      const full = !looked.has(kind) || afterTimer || name === 'ending';
      looked.add(kind);
      await check(page, `ko-breach-${String(step).padStart(2, '0')}-${afterTimer ? 'timer-ran-out' : kind}`, findings, { full });
    });
    expect(screens.filter((name) => name === 'ending')).toHaveLength(1);

    await waitForReport(page);
    await check(page, 'ko-breach-debrief', findings, { texts: englishTexts(['game', 'viewer', 'debrief']) });
    await checkExports(page, findings);
    const korean = await readSave(page);
    const koreanScore = await page.locator('.crd-score-overall strong').textContent();
    expect(errors).toEqual([]);
    await page.context().close();

    const english = await openWithClock('en');
    await next(english.page, () => english.page.getByRole('button', { name: 'Play 33.7 Million', exact: true }).click());
    await next(english.page, () => english.page.getByRole('button', { name: 'Continue', exact: true }).click());
    await playRoute(english.page, ENGLISH, () => Promise.resolve());
    await waitForReport(english.page);
    const englishSave = await readSave(english.page);
    expect(englishSave?.state).toEqual(korean?.state);
    expect(await english.page.locator('.crd-score-overall strong').textContent()).toBe(koreanScore);
    expect(english.errors).toEqual([]);
    await english.page.context().close();
    expectClean(findings);
  }, 900_000);
});
