/**
 * The Korean edition in the browser (issue #20): the tutorial walked from the menu to the debrief
 * and the facilitator console, all in Korean. On every screen: `<html lang="ko">`, no English
 * interface text left (the English catalog's values, see korean-leftovers.ts), no Latin word
 * outside the allow-list (citations included), no serious or critical axe violation, no text
 * clipped by its box, a screenshot to look at; the war room again on a 1920x1080 projector.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { screenshot, useBrowserApp, watchForErrors } from './harness';
import { next, openGame, readSave, screen, seriousViolations, waitForReport, waitForScreen } from './game-helpers';
import { buildReport } from '../../src/debrief/index';
import type { SaveFile } from '../../src/engine/types';
import { loadScenario, type Scenario } from '../../src/scenario/index';
import { check, expectClean, noFindings } from './korean-checks';
import { englishTexts, ko } from './korean-leftovers';

const env = useBrowserApp();
const CONSOLE_TEXTS = englishTexts(['console']);
const tutorial = ((): Scenario => {
  const loaded = loadScenario(readFileSync(resolve(import.meta.dirname, '../../scenarios/tutorial.yaml'), 'utf8'), { file: 'tutorial.yaml' }).scenario;
  if (!loaded) throw new Error('the tutorial does not load');
  return loaded;
})();

describe('the Korean edition', () => {
  it('plays the tutorial from the menu to the debrief in Korean, with the console beside it', async () => {
    const findings = noFindings();
    const { page, errors } = await openGame(env.browser, `${env.app.url}?lang=ko&seed=7`, { width: 1366, height: 768 });
    await waitForScreen(page, 'menu');
    await check(page, 'ko-menu', findings);

    await next(page, () => page.getByRole('button', { name: /^튜토리얼.* 시작$/ }).click());
    await page.getByLabel(ko('game.menu.teamName')).fill('청팀');
    await check(page, 'ko-briefing', findings);
    await next(page, () => page.getByRole('button', { name: ko('game.briefing.continue'), exact: true }).click());
    await check(page, 'ko-war-room', findings);

    // The console, opened from the war room's own button: the PIN dialog, then the console.
    await page.getByRole('button', { name: ko('game.warRoom.openConsole') }).click();
    const dialog = page.getByRole('dialog', { name: ko('game.pin.title') });
    await check(page, 'ko-pin-dialog', findings);
    const [facilitator] = await Promise.all([
      page.context().waitForEvent('page'),
      (async () => {
        await dialog.getByLabel(ko('game.pin.label')).fill('4821');
        await dialog.getByRole('button', { name: ko('game.pin.submit') }).click();
      })(),
    ]);
    const consoleErrors = watchForErrors(facilitator);
    await facilitator.setViewportSize({ width: 1366, height: 768 });
    await facilitator.getByLabel(ko('console.pin.label')).waitFor();
    await check(facilitator, 'ko-console-pin', findings, { texts: CONSOLE_TEXTS });
    await facilitator.getByLabel(ko('console.pin.label')).fill('4821');
    await facilitator.getByRole('button', { name: ko('console.pin.open') }).click();
    await facilitator.getByText(ko('console.youControl')).waitFor();
    await check(facilitator, 'ko-console', findings, { texts: CONSOLE_TEXTS });
    // The author's notes name each public report in Korean (a citation is a text), marked Korean.
    const notes = facilitator.getByRole('region', { name: ko('console.authorNotes.title') });
    await notes.getByText(ko('console.authorNotes.public')).click();
    const cited = notes.getByText('개인정보 보호법 제34조제3항, 같은 법 시행령 제40조', { exact: true });
    await cited.waitFor();
    expect(await cited.getAttribute('lang')).toBe('ko');
    await check(facilitator, 'ko-console-notes', findings, { texts: CONSOLE_TEXTS });
    // An optional inject names its addressees in Korean too ("to" is too short for the word count).
    const optional = facilitator.getByRole('region', { name: ko('console.injects.title') }).getByRole('listitem').first();
    await optional.waitFor();
    expect(await optional.textContent()).toMatch(/ · 수신: \S/);
    expect(await optional.textContent()).not.toMatch(/\bto\b/);
    await facilitator.close();

    let consequences = 0;
    for (let step = 0; step < 40; step++) {
      const name = await screen(page);
      if (name === 'debrief') break;
      const choices = page.getByRole('group', { name: ko('game.choices.group') });
      if (name === 'war-room' && (await choices.count()) > 0) {
        await next(page, () => choices.getByRole('button').first().click());
        continue;
      }
      if (name === 'consequence' && consequences++ === 0) await check(page, 'ko-consequence', findings);
      if (name === 'ending') await check(page, 'ko-ending', findings);
      await next(page, () => page.getByRole('button', { name: ko('game.warRoom.continue'), exact: true }).click());
    }
    await waitForScreen(page, 'debrief');
    await waitForReport(page);
    // A deadline this route never started says so in Korean (r10 CISO N2), one row per idle clock.
    const idle = buildReport(tutorial, (await readSave(page)) as unknown as SaveFile, { lang: 'ko' }).deadlines.filter((d) => d.status === 'idle');
    await expect.poll(() => page.getByRole('cell', { name: '이 경로에서는 시작되지 않음', exact: true }).count()).toBe(idle.length);
    await expect.poll(() => page.getByRole('cell', { name: '시작되지 않음', exact: true }).count()).toBe(0);
    // The report's own words (debrief) and the page's (viewer) as well as the game's.
    await check(page, 'ko-debrief', findings, { texts: englishTexts(['game', 'viewer', 'debrief']) });

    expectClean(findings);
    expect(errors).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  }, 600_000);

  it('shows the war room in Korean on a 1920x1080 projector without clipped text', async () => {
    const findings = noFindings();
    const { page, errors } = await openGame(env.browser, `${env.app.url}?lang=ko&seed=7&scenario=tutorial_loyalty_leak&display=projector`, { width: 1920, height: 1080 });
    await waitForScreen(page, 'briefing');
    await check(page, 'ko-projector-briefing', findings);
    await next(page, () => page.getByRole('button', { name: ko('game.briefing.continue'), exact: true }).click());
    await check(page, 'ko-projector-war-room', findings);
    await next(page, () => page.getByRole('group', { name: ko('game.choices.group') }).getByRole('button').first().click());
    await check(page, 'ko-projector-consequence', findings);
    expectClean(findings);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 300_000);

  it('shows the workshop’s own words in Korean: header, file bar, panels and the new-scenario dialog', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    const errors = watchForErrors(page);
    await page.goto(`${env.app.url}workshop.html?lang=ko`);
    await page.getByRole('heading', { level: 1, name: ko('workshop.title') }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ko');
    const bar = page.getByRole('group', { name: ko('workshop.file.group') });
    for (const key of ['workshop.file.open', 'workshop.file.save', 'workshop.file.download', 'workshop.file.play', 'workshop.file.live', 'workshop.wizard.open'] as const)
      await bar.getByRole('button', { name: ko(key), exact: true }).waitFor();
    for (const key of ['workshop.problems', 'workshop.analysis', 'workshop.graph', 'workshop.languages', 'workshop.playHere'] as const)
      await page.getByRole('heading', { level: 2, name: ko(key), exact: true }).waitFor();
    await page.getByText(ko('workshop.noProblems')).waitFor();
    // The editor's keyboard help is Korean too.
    await expect.poll(() => page.locator('#ws-editor-keys').textContent()).toBe(ko('workshop.editorKeys'));
    await page.waitForTimeout(1200);
    await screenshot(page, 'ko-workshop');
    // A mistake is said in Korean too: the problem list words check's diagnostic from its phrases.
    const source = page.getByLabel(ko('workshop.editorLabel'));
    await source.fill(readFileSync(resolve(import.meta.dirname, '../fixtures/analysis/workshop-broken.yaml'), 'utf8'));
    const problem = page.locator('.ws-diagnostic').first();
    await expect.poll(() => problem.textContent(), { timeout: 20_000 }).toMatch(/오류 CR301: 선언되지 않은 장면 'regulatr'\. 'regulator'을\(를\) 쓰려던 것입니까\?$/);
    await screenshot(page, 'ko-workshop-problem');
    // The design findings are Korean too, every one of them (CR520-CR534).
    await source.fill(readFileSync(resolve(import.meta.dirname, '../fixtures/analysis/design/gamed.yaml'), 'utf8'));
    const findings = page.locator('.ws-design');
    await expect.poll(() => findings.count(), { timeout: 30_000 }).toBeGreaterThan(5);
    await expect.poll(() => findings.allTextContents()).toContainEqual(expect.stringMatching(/CR523 표면 전략 always-first\(늘 파일 순서상 첫 번째 선택지\)/));
    expect((await findings.allTextContents()).filter((line) => !/[가-힣]/.test(line))).toEqual([]);
    // The summary's lines about conditions that never hold and texts that vary are Korean too,
    // where each sits included (the owner and the field named, the id and the YAML key kept).
    await source.fill(readFileSync(resolve(import.meta.dirname, '../fixtures/analysis/where-korean.yaml'), 'utf8'));
    const section = (key: 'workshop.summary.findings' | 'workshop.summary.texts') =>
      page.locator('.ws-summary-section').filter({ has: page.getByRole('heading', { level: 3, name: ko(key), exact: true }) }).getByRole('listitem');
    const checked = section('workshop.summary.findings');
    await expect.poll(() => checked.allTextContents(), { timeout: 30_000 }).toContain('선택지 hide의 조건(if): "secret" 조건은 검사되는 모든 곳에서 늘 거짓입니다');
    await expect.poll(() => checked.allTextContents()).toContain('목표 candour의 근거 1번 조건(when): "trust >= 0" 조건은 검사되는 모든 곳에서 늘 참입니다');
    await expect.poll(() => section('workshop.summary.texts').allTextContents()).toContain('메시지 letter의 본문(body): 읽는 것 chose(tell)');
    // No English word of a place is left once the ids, the conditions and the keys in brackets are out.
    const placesLeft = (await checked.allTextContents()).concat(await section('workshop.summary.texts').allTextContents()).flatMap((line) =>
      [...line.replace(/"[^"]*"|\([a-z_]+\)|chose\(\w+\)/g, '').matchAll(/[A-Za-z]+/g)].map((m) => m[0]).filter((word) => !['hide', 'finished', 'candour', 'rumour', 'filing', 'recall', 'letter', 'tell', 'told', 'trust'].includes(word)),
    );
    expect(placesLeft).toEqual([]);
    // An ending's tone is Korean beside its id, in the endings table and on the graph.
    await page.getByRole('rowheader', { name: 'finished (엇갈림)', exact: true }).waitFor();
    await page.getByRole('rowheader', { name: 'fallback (나쁨)', exact: true }).waitFor();
    await page.locator('.ws-node-id', { hasText: 'finished · 엇갈림' }).waitFor();
    await screenshot(page, 'ko-workshop-summary');
    await section('workshop.summary.texts').first().scrollIntoViewIfNeeded();
    await screenshot(page, 'ko-workshop-texts');
    // Play from here names each choice's rating in Korean.
    await page.getByRole('button', { name: ko('workshop.playHere'), exact: true }).click();
    await page.locator('.ws-play-board').getByRole('button', { name: `Tell (tell, ${ko('game.rating.recommended')})` }).waitFor();
    // A scenario written in both languages shows its Korean in the graph and in Play from here.
    await source.fill(readFileSync(resolve(import.meta.dirname, '../fixtures/scenario/references-bilingual.yaml'), 'utf8'));
    await page.locator('.ws-node-title', { hasText: '처음' }).waitFor({ timeout: 30_000 });
    await page.locator('.ws-node-title', { hasText: '끝' }).waitFor();
    await page.locator('.ws-node-id', { hasText: 'done · 엇갈림' }).waitFor();
    await page.getByRole('button', { name: ko('workshop.playHere'), exact: true }).click();
    const board = page.locator('.ws-play-board');
    await board.getByRole('button', { name: `신고 (report, ${ko('game.rating.recommended')})` }).waitFor();
    await expect.poll(() => board.textContent()).toContain('이제 어떻게 할까요?');
    await expect.poll(() => board.textContent()).toContain('신뢰: 50');
    await screenshot(page, 'ko-workshop-bilingual');
    await bar.getByRole('button', { name: ko('workshop.wizard.open') }).click();
    const dialog = page.getByRole('dialog', { name: ko('workshop.wizard.title') });
    await dialog.getByLabel(ko('workshop.wizard.incident'), { exact: true }).waitFor();
    // The common deadlines are listed by their Korean names.
    await dialog.getByLabel(ko('authoring.preset.pipa')).waitFor();
    await screenshot(page, 'ko-workshop-wizard');
    // What is wrong with the answers is said in Korean.
    await dialog.getByLabel(ko('workshop.wizard.decisions')).fill('40');
    await dialog.getByRole('button', { name: ko('workshop.wizard.write') }).click();
    const wrong = dialog.getByRole('list', { name: ko('workshop.wizard.problems') }).getByRole('listitem');
    await expect.poll(() => wrong.allTextContents()).toEqual(['사고 설명 칸이 비어 있습니다: 몇 단어로 적어 주십시오.', '결정 수는 2부터 30까지의 정수여야 합니다(지금 40).']);
    await screenshot(page, 'ko-workshop-wizard-problems');
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);

  it('switches the menu between English and Korean and keeps the choice for the next page', async () => {
    const { page, errors } = await openGame(env.browser, `${env.app.url}?lang=ko`);
    await waitForScreen(page, 'menu');
    await page.getByRole('button', { name: 'English', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Crisis Room' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(page.url()).not.toContain('lang=');
    await page.getByRole('button', { name: '한국어', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: ko('game.menu.title') }).waitFor();
    expect(await page.getByRole('button', { name: '한국어', exact: true }).getAttribute('aria-pressed')).toBe('true');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: ko('game.menu.title') }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ko');
    expect(errors).toEqual([]);
    await page.context().close();
  }, 120_000);

  it('says so when ?lang= names a language the interface does not have', async () => {
    const { page, errors } = await openGame(env.browser, `${env.app.url}?lang=fr`);
    await waitForScreen(page, 'menu');
    await page.getByRole('alert').filter({ hasText: 'There is no interface in \u201cfr\u201d' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(errors).toEqual([]);
    await page.context().close();
  }, 120_000);
});
