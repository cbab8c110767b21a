/**
 * An instructor's first scenario, from the workshop to the debrief: write it in the editor with
 * completion, see the squiggled error and fix it with the quick fix, save it, reload and find the
 * draft, play it in the game to the debrief. Also the new-scenario wizard.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { byId, next, playToDebrief, seriousViolations, waitForScreen } from './game-helpers';
import { summary, waitForCleanAnalysis } from './workshop-helpers';
import { screenshot, useBrowserApp, watchForErrors } from './harness';

const ROOT = resolve(import.meta.dirname, '../..');
const FINAL = readFileSync(resolve(ROOT, 'tests/fixtures/workshop/first-scenario.yaml'), 'utf8');
/** All but the last line, which the test types with completion. */
const TYPED_LINE = '          rating: recommended\n';
const INSERTED = FINAL.slice(0, FINAL.length - TYPED_LINE.length);
/** What the author ends with: the fixture with the typo fixed (the last line typed, without its newline). */
const FIXED = FINAL.replace('next: regulatr', 'next: regulator').trimEnd();

const env = useBrowserApp();
const editorText = (page: Page) =>
  page
    .locator('.cm-content')
    .evaluate((el) =>
      [...el.querySelectorAll('.cm-line')].map((line) => line.textContent).join('\n'),
    );

async function openWorkshop(): Promise<{ page: Page; errors: string[] }> {
  const context = await env.browser.newContext({
    viewport: { width: 1400, height: 950 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const errors = watchForErrors(page);
  // This Chromium has the File System Access API, whose pickers a test cannot answer: take them
  // away, so Save downloads, as it does in browsers without the API.
  await page.addInitScript(() => {
    const w = window as unknown as Record<string, unknown>;
    delete w['showOpenFilePicker'];
    delete w['showSaveFilePicker'];
  });
  await page.goto(`${env.app.url}workshop.html`);
  await expect.poll(() => summary(page).textContent(), { timeout: 20_000 }).toBe('No problems.');
  return { page, errors };
}

/**
 * Enter on the open completion list. CodeMirror ignores an accept within its `interactionDelay`
 * (75 ms) of the list opening, so a keypress typed through that fast is not lost to a stray click;
 * a test that presses at once would insert a line break instead.
 */
async function acceptCompletion(page: Page): Promise<void> {
  await expect
    .poll(() => page.locator('[role="option"][aria-selected="true"]').count(), { timeout: 10_000 })
    .toBe(1);
  await page.waitForTimeout(150);
  await page.keyboard.press('Enter');
}

describe('writing a first scenario in the workshop', () => {
  it('completes, squiggles and quick-fixes, saves, keeps the draft over a reload, and plays it in the game to the debrief', async () => {
    const { page, errors } = await openWorkshop();
    // The starter checks: the play panel must not ask to fix errors beside "No problems.".
    await expect.poll(() => page.getByText('Fix the errors to play.').count()).toBe(0);
    await expect
      .poll(() =>
        page.getByText('Choose a beat (or a beat in the graph) and press Play from here.').count(),
      )
      .toBe(1);
    expect(await seriousViolations(page)).toEqual([]);

    const source = page.getByRole('textbox', { name: 'Scenario YAML' });
    await source.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.keyboard.insertText(INSERTED);
    // The last key of the last choice, typed with completion: the schema's key, then its word.
    await page.keyboard.insertText('          rati');
    const rating = page.getByRole('option', { name: /^rating/ });
    await expect.poll(() => rating.count(), { timeout: 10_000 }).toBe(1);
    await screenshot(page, 'workshop-authoring-completion');
    await acceptCompletion(page);
    await page.keyboard.type('reco');
    await expect
      .poll(() => page.getByRole('option', { name: /^recommended/ }).count(), { timeout: 10_000 })
      .toBe(1);
    await acceptCompletion(page);
    await expect.poll(() => editorText(page)).toBe(INSERTED + TYPED_LINE.trimEnd());

    // The typo is squiggled on exactly its text, and listed.
    await expect
      .poll(() => summary(page).textContent(), { timeout: 20_000 })
      .toBe('1 error, 0 warnings.');
    const squiggle = page.locator('.cm-lintRange-error');
    await expect.poll(() => squiggle.count()).toBe(1);
    await expect.poll(() => squiggle.textContent()).toBe('regulatr');
    await expect
      .poll(() => page.locator('.ws-diagnostic').first().textContent())
      .toMatch(
        /^Line 27, column 101 error CR301: unknown beat 'regulatr'; did you mean 'regulator'\?/,
      );
    // With the keyboard: the problem's link puts the caret there, Ctrl-Shift-M lists the problems
    // in the editor's panel with their fixes.
    await page.locator('.ws-diagnostic').first().getByRole('button').click();
    await page.keyboard.press('Control+Shift+M');
    const fix = page.getByRole('button', { name: "Change to 'regulator'" });
    await expect.poll(() => fix.count(), { timeout: 10_000 }).toBe(1);
    await screenshot(page, 'workshop-authoring-quick-fix');
    await fix.click();
    await expect.poll(() => summary(page).textContent(), { timeout: 20_000 }).toBe('No problems.');
    await expect.poll(() => page.locator('.cm-lintRange-error').count()).toBe(0);
    await page.keyboard.press('Escape');
    await expect
      .poll(() => page.getByText('Analysis complete.').count(), { timeout: 30_000 })
      .toBe(1);
    await screenshot(page, 'workshop-authoring-fixed');

    // Save: this browser downloads the file, with exactly the text written.
    const [saved] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Save', exact: true }).click(),
    ]);
    expect(saved.suggestedFilename()).toBe('scenario.yaml');
    const savedPath = await saved.path();
    expect(readFileSync(savedPath, 'utf8')).toBe(FIXED);
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Downloaded scenario.yaml.' }).count())
      .toBe(1);

    // A reload brings the draft back.
    await page.reload();
    await expect.poll(() => summary(page).textContent(), { timeout: 20_000 }).toBe('No problems.');
    await expect.poll(() => editorText(page)).toContain('id: my_first');
    await expect
      .poll(() => page.getByText(/^Your draft from \d\d:\d\d is back\.$/).count())
      .toBe(1);
    expect(await seriousViolations(page)).toEqual([]);

    // Play in the game: the briefing of this scenario (it states no objectives, so no heading
    // for them), then every decision to the debrief.
    await page.getByRole('button', { name: 'Play in the game' }).click();
    await page.waitForURL(/index\.html\?workshop$/);
    await waitForScreen(page, 'briefing');
    await expect
      .poll(() => page.getByRole('heading', { name: 'My first scenario' }).count())
      .toBe(1);
    await expect.poll(() => page.getByRole('heading', { name: 'Objectives' }).count()).toBe(0);
    await expect.poll(() => page.getByRole('heading', { name: 'Case note' }).count()).toBe(0);
    await expect.poll(() => page.locator('.briefing__facts .chip').count()).toBe(2);
    await screenshot(page, 'workshop-authoring-briefing');
    expect(
      await next(page, () => page.getByRole('button', { name: 'Continue', exact: true }).click()),
    ).toBe('war-room');
    const log = await playToDebrief(page, 'mouse', byId('admit', 'full_account'));
    expect(log.decisions).toBe(2);
    await expect.poll(() => page.getByText('Trust kept').count()).toBeGreaterThan(0);
    await screenshot(page, 'workshop-authoring-debrief');
    expect(errors).toEqual([]);
    await page.context().close();
  }, 300_000);

  it("writes a new scenario from the wizard's answers, says what is wrong with bad ones, and the result checks", async () => {
    const { page, errors } = await openWorkshop();
    await page.getByRole('button', { name: 'New scenario…' }).click();
    const dialog = page.getByRole('dialog', { name: 'New scenario' });
    await expect.poll(() => dialog.count()).toBe(1);
    await dialog.getByLabel('Number of decisions').fill('1');
    await dialog.getByRole('button', { name: 'Write the scenario' }).click();
    await expect
      .poll(() => dialog.getByRole('list', { name: 'Problems with the answers' }).textContent())
      .toBe(
        'The incident is empty: write a few words.The number of decisions should be a whole number from 2 to 30 (it is 1).',
      );
    await dialog.getByLabel('The incident').fill('Ransomware at a regional hospital');
    await dialog.getByLabel('Number of decisions').fill('5');
    await dialog.getByLabel('GDPR Art. 33, 72 hours').check();
    await dialog.getByLabel('SEC 8-K Item 1.05, four business days').check();
    await dialog.getByLabel('NIS2 early warning, 24 hours').check();
    await screenshot(page, 'workshop-authoring-wizard');
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Write the scenario' }).click();
    await expect
      .poll(() => editorText(page), { timeout: 10_000 })
      .toContain('id: ransomware_at_a_regional_hospital');
    await waitForCleanAnalysis(page);
    // The graph, laid out by dagre: five decisions, three endings, every ending connected.
    await expect.poll(() => page.locator('.ws-node-beat').count()).toBe(5);
    await expect.poll(() => page.locator('.ws-node-ending').count()).toBe(3);
    await page.locator('.ws-graph-box').scrollIntoViewIfNeeded();
    await screenshot(page, 'workshop-authoring-wizard-graph');
    expect(errors).toEqual([]);
    await page.context().close();
  }, 120_000);
});
