/**
 * The workshop shows a scenario's two languages side by side (issue #20, point 5): every text with
 * its English and its Korean, the missing ones marked in words, each place a link to the text, in
 * English and in Korean, and only a note for a scenario written in one language.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './game-helpers';
import { summary } from './workshop-helpers';
import { screenshot, watchForErrors, useBrowserApp } from './harness';

const ROOT = resolve(import.meta.dirname, '../..');
const env = useBrowserApp();

const panel = (page: Page) => page.getByRole('region', { name: /^(Languages|언어)$/ });
const rows = (page: Page) => page.locator('.ws-languages tbody');
const caretLine = async (page: Page) => Number(await page.locator('.cm-activeLineGutter').first().textContent());

async function open(page: Page, file: string, marker: string): Promise<void> {
  await page.getByLabel(/^(Open a scenario file|시나리오 파일 열기)$/).setInputFiles(resolve(ROOT, file));
  await expect.poll(() => page.locator('.cm-content').textContent(), { timeout: 10_000 }).toContain(marker);
}

describe('workshop languages side by side', () => {
  it('lists each text with its English and Korean, marks the missing ones and links each to its line', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1400, height: 950 } });
    const page = await context.newPage();
    const errors = watchForErrors(page);
    await page.goto(`${env.app.url}workshop.html`);
    await expect.poll(() => summary(page).textContent(), { timeout: 20_000 }).toBe('No problems.');
    await open(page, 'tests/fixtures/scenario/half-translated.yaml', 'half_translated');
    const status = panel(page).getByRole('status');
    await expect.poll(() => status.textContent(), { timeout: 20_000 }).toBe('11 texts in English and Korean: 3 miss a language.');
    // The check lists the same three as problems.
    await expect.poll(() => summary(page).textContent()).toBe('3 errors, 0 warnings.');

    // Ticked for the author once something is missing: only the three incomplete texts.
    const missingOnly = panel(page).getByLabel('Only texts missing a language');
    expect(await missingOnly.isChecked()).toBe(true);
    await expect.poll(() => rows(page).count()).toBe(3);
    expect(await panel(page).getByRole('columnheader').allTextContents()).toEqual(['English', 'Korean']);
    expect(await rows(page).locator('.ws-missing').allTextContents()).toEqual(['Missing', 'Missing', 'Missing']);
    const feedback = rows(page).filter({ hasText: 'choices[act].feedback' });
    expect(await feedback.locator('td').allTextContents()).toEqual(['Missing', '좋습니다.']);
    expect(await feedback.locator('td[lang="ko"]').count()).toBe(1);

    // A place is a button that puts the caret on the text.
    await panel(page).getByRole('button', { name: 'Line 18: beats[first].decision.prompt' }).click();
    await expect.poll(() => caretLine(page)).toBe(18);

    // Every text, then narrowed by a search in either language.
    await missingOnly.uncheck();
    await expect.poll(() => rows(page).count()).toBe(11);
    await panel(page).getByLabel('Find in place or text').fill('첫 통화');
    await expect.poll(() => rows(page).count()).toBe(1);
    expect(await rows(page).locator('td').allTextContents()).toEqual(['First call', '첫 통화']);
    await panel(page).getByLabel('Find in place or text').fill('');
    await panel(page).scrollIntoViewIfNeeded();
    await screenshot(page, 'workshop-languages');
    expect(await seriousViolations(page)).toEqual([]);

    // A scenario in one language gets a note on how to add the second, not an empty table.
    await open(page, 'scenarios/deepfake_ceo.yaml', 'id: deepfake_ceo');
    await expect.poll(() => status.textContent(), { timeout: 20_000 }).toMatch(/^This scenario is written in English only \([\d,]+ texts\)\. To add a second language/);
    expect(await rows(page).count()).toBe(0);
    expect(await panel(page).getByLabel('Find in place or text').isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  }, 90_000);

  it('shows the bilingual tutorial in Korean, two hundred texts at a time', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    const errors = watchForErrors(page);
    await page.goto(`${env.app.url}workshop.html?lang=ko`);
    await expect.poll(() => summary(page).textContent(), { timeout: 20_000 }).toBe('문제가 없습니다.');
    await open(page, 'scenarios/tutorial.yaml', 'id: tutorial');
    const status = panel(page).getByRole('status');
    await expect.poll(() => status.textContent(), { timeout: 20_000 }).toMatch(/^영어 및 한국어 텍스트 [\d,]+개: 모두 모든 언어가 있습니다\.$/);
    const total = Number((await status.textContent())?.match(/([\d,]+)개/)?.[1]?.replaceAll(',', ''));
    expect(total).toBeGreaterThan(200);
    expect(await panel(page).getByLabel('언어가 빠진 텍스트만').isChecked()).toBe(false);
    expect(await panel(page).getByRole('columnheader').allTextContents()).toEqual(['영어', '한국어']);
    await expect.poll(() => rows(page).count()).toBe(200);
    expect(await panel(page).getByText(`${total}개 중 200개 표시.`).count()).toBe(1);
    await panel(page).getByRole('button', { name: '모두 보기' }).click();
    await expect.poll(() => rows(page).count()).toBe(total);
    expect(await panel(page).getByText('없음', { exact: true }).count()).toBe(0);
    await panel(page).scrollIntoViewIfNeeded();
    await screenshot(page, 'workshop-languages-ko');
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }, 90_000);
});
