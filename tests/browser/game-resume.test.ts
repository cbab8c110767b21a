/**
 * Resume: the game saves after every event; a reload offers "Resume" and continues exactly where
 * it was; a damaged or outdated save is explained, offered for download, and set aside, in the
 * page's language (issue #20: the reason worded from the engine's code and values).
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserApp } from './harness';
import { next, openGame, playToDebrief, readSave, waitForScreen } from './game-helpers';
import { check, expectClean, noFindings } from './korean-checks';
import { englishTexts, ko } from './korean-leftovers';

const env = useBrowserApp();

async function startTutorial(page: Page): Promise<void> {
  await waitForScreen(page, 'menu');
  await next(page, () => page.getByRole('button', { name: /^Play Tutorial/ }).click());
  await next(page, () => page.getByRole('button', { name: 'Continue' }).click());
}

/** The storage key of the session's slot (one per session). */
async function slotKey(page: Page): Promise<string> {
  return page.evaluate(() => Object.keys(localStorage).find((key) => key.startsWith('crisis-room.session.')) ?? '');
}

/**
 * Writes a save's text straight into the session's slot (and `others` into theirs) while no game
 * page is open (the game saves once more as it closes), then opens the game again. The page in between is the debrief
 * viewer: same origin, never touches the session slots, and declares its icon (a bare SVG
 * document made Chromium ask for /favicon.ico, a 404 logged as a console error).
 */
async function plantSave(page: Page, raw: string, others: Readonly<Record<string, string>> = {}): Promise<void> {
  const saves = { [await slotKey(page)]: raw, ...others };
  const game = page.url();
  await page.goto(new URL('debrief.html', game).href);
  await page.evaluate((all) => Object.entries(all).forEach(([key, text]) => localStorage.setItem(key, text)), saves);
  await page.goto(game);
  await waitForScreen(page, 'menu');
}

describe('game resume', () => {
  it('continues exactly where it was after a reload', async () => {
    const { page, errors } = await openGame(env.browser, env.app.url);
    await startTutorial(page);
    const group = page.getByRole('group', { name: 'Choices' });
    expect(await next(page, () => group.getByRole('button').first().click())).toBe('consequence');
    expect(await next(page, () => page.getByRole('button', { name: 'Continue' }).click())).toBe('war-room');
    const title = await page.getByRole('heading', { level: 1 }).textContent();
    const feed = await page.getByRole('heading', { name: /^Incoming/ }).textContent();
    const meters = await page.getByRole('meter').evaluateAll((all) => all.map((m) => m.getAttribute('aria-valuetext')));
    const before = await readSave(page);
    // session.start and the decision (the beat reached has none of its own).
    expect(before?.log.length).toBeGreaterThanOrEqual(2);

    await page.reload();
    await waitForScreen(page, 'menu');
    const offer = page.getByRole('region', { name: 'Saved exercise' });
    await expect.poll(() => offer.textContent()).toContain(title ?? '?');
    expect(await next(page, () => offer.getByRole('button', { name: 'Resume' }).click())).toBe('war-room');

    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(title);
    expect(await page.getByRole('heading', { name: /^Incoming/ }).textContent()).toBe(feed);
    expect(await page.getByRole('meter').evaluateAll((all) => all.map((m) => m.getAttribute('aria-valuetext')))).toEqual(meters);
    const after = await readSave(page);
    // The beat reached (the intrusion report) has a decision timer since tutorial 1.9.0: the
    // reload held it as a logged pause and resuming released it (issue #16, point 3), so the
    // seconds left survive; nothing else is added to the log.
    expect(after?.log.slice(0, before?.log.length)).toEqual(before?.log);
    expect(after?.log.slice(before?.log.length ?? 0)).toMatchObject([{ event: { type: 'session.pause' } }, { event: { type: 'session.resume' } }]);
    expect(after?.seed).toBe(before?.seed);

    const result = await playToDebrief(page, 'mouse', () => 0);
    expect(result.screens.at(-1)).toBe('debrief');
    expect(errors).toEqual([]);
    await page.context().close();
  }, 300_000);

  it('explains a corrupted save and keeps it until it is downloaded or discarded', async () => {
    const { page, errors } = await openGame(env.browser, env.app.url);
    await startTutorial(page);
    const good = JSON.stringify(await readSave(page));
    const damaged = good.slice(0, Math.floor(good.length / 2));
    await plantSave(page, damaged);

    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toMatch(/could not be resumed\. The save file ends early/);
    expect(await page.getByRole('button', { name: /^Resume/ }).count()).toBe(0);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^Download the save/ }).click()]);
    expect(download.suggestedFilename()).toBe('crisis-room-save-unknown.json');
    expect(readFileSync((await download.path()) ?? '', 'utf8')).toBe(damaged);
    // Issue #16, point 5: still there after the download and after a reload, until discarded.
    const key = await slotKey(page);
    expect(await page.evaluate((slot) => localStorage.getItem(slot), key)).toBe(damaged);
    await page.reload();
    await waitForScreen(page, 'menu');
    await expect.poll(() => page.getByRole('alert').first().textContent()).toMatch(/could not be resumed\. The save file ends early/);
    await page.getByRole('button', { name: 'Discard the save that cannot be resumed' }).click();
    await expect.poll(() => page.evaluate((slot) => localStorage.getItem(slot), key)).toBeNull();
    expect(await page.getByRole('alert').count()).toBe(0);

    // Fresh start: a new session, a new save.
    await startTutorial(page);
    expect((await readSave(page))?.log.length).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 300_000);

  it('names both versions of an outdated save and keeps it through reloads until downloaded or discarded', async () => {
    const { page, errors } = await openGame(env.browser, env.app.url);
    await startTutorial(page);
    const save = (await readSave(page)) as Record<string, unknown>;
    const key = await slotKey(page);
    const alert = page.getByRole('alert').first();

    // Another save format: the save's version and the one this game reads.
    const oldFormat = JSON.stringify({ ...save, version: 0 });
    await plantSave(page, oldFormat);
    await expect.poll(() => alert.textContent()).toMatch(/The save is format version 0; this version of Crisis Room reads version 1\./);
    expect(await page.getByRole('button', { name: /^Resume/ }).count()).toBe(0);
    // Issue #16, point 5: two reloads later it is still in storage and still explained.
    for (let reload = 0; reload < 2; reload++) {
      await page.reload();
      await waitForScreen(page, 'menu');
      await expect.poll(() => alert.textContent()).toMatch(/format version 0; .* reads version 1/);
      expect(await page.evaluate((slot) => localStorage.getItem(slot), key)).toBe(oldFormat);
    }
    // Downloading does not delete it either; discarding does.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^Download the save/ }).click()]);
    expect(readFileSync((await download.path()) ?? '', 'utf8')).toBe(oldFormat);
    await page.reload();
    await waitForScreen(page, 'menu');
    expect(await page.evaluate((slot) => localStorage.getItem(slot), key)).toBe(oldFormat);
    await page.getByRole('button', { name: 'Discard the save that cannot be resumed' }).click();
    await expect.poll(() => page.evaluate((slot) => localStorage.getItem(slot), key)).toBeNull();

    // Another version of the scenario: the one the save was made with, and the one shipped now.
    const scenario = save.scenario as Record<string, unknown>;
    const shipped = String(scenario.version);
    const oldScenario = JSON.stringify({ ...save, scenario: { ...scenario, version: '0.9.0', hash: `${String(scenario.hash)}-then` } });
    await startTutorial(page);
    const second = await slotKey(page);
    await plantSave(page, oldScenario);
    const named = new RegExp(`made with “Tutorial.*” version 0\\.9\\.0; this copy of Crisis Room has version ${shipped.replaceAll('.', '\\.')}\\.`);
    await expect.poll(() => alert.textContent()).toMatch(named);
    for (let reload = 0; reload < 2; reload++) {
      await page.reload();
      await waitForScreen(page, 'menu');
      await expect.poll(() => alert.textContent()).toMatch(named);
      expect(await page.evaluate((slot) => localStorage.getItem(slot), second)).toBe(oldScenario);
    }

    await plantSave(page, 'not json at all');
    await expect.poll(() => alert.textContent()).toMatch(/not valid JSON/);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 300_000);

  it('says in Korean why a tampered, an outdated and a cut-off save cannot be resumed', async () => {
    const { page, errors } = await openGame(env.browser, `${env.app.url}?lang=ko&seed=7`, { width: 1366, height: 768 });
    await waitForScreen(page, 'menu');
    await next(page, () => page.getByRole('button', { name: /^튜토리얼.* 시작$/ }).click());
    await next(page, () => page.getByRole('button', { name: ko('game.briefing.continue'), exact: true }).click());
    const save = (await readSave(page)) as unknown as { log: Record<string, unknown>[] };
    const good = JSON.stringify(save);
    // The first entry renumbered: its log no longer matches its replay (files.save.log.seq).
    const tampered = JSON.stringify({ ...save, log: [{ ...save.log[0], seq: 3 }, ...save.log.slice(1)] });
    await plantSave(page, tampered, {
      'crisis-room.session.old-format': JSON.stringify({ ...save, version: 0 }),
      'crisis-room.session.cut-off': good.slice(0, Math.floor(good.length / 2)),
    });

    const reasons = page.getByRole('alert');
    const failed = (why: string): string => ko('game.saveCheck.failed').replace('{why}', why);
    await expect.poll(() => reasons.allTextContents()).toEqual(
      expect.arrayContaining([
        failed('저장 파일의 기록이 다시 재생한 결과와 맞지 않습니다: 항목 0(session.start)의 번호가 3번으로 적혀 있습니다.'),
        failed('저장 파일의 형식은 0판입니다. 이 Crisis Room은 1판을 읽습니다.'),
        failed(ko('files.save.truncated')),
      ]),
    );
    expect(await page.getByRole('button', { name: new RegExp(`${ko('game.saved.resume')}$`) }).count()).toBe(0);
    // No English but the event's id (session.start) on the menu, the catalogs' or any other.
    const findings = noFindings();
    await check(page, 'ko-menu-bad-saves', findings, { texts: englishTexts(['game', 'files']), except: ['session.start'] });
    expectClean(findings);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 300_000);
});
