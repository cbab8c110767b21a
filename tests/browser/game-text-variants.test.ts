/**
 * Texts that follow the play, in the real app: the regulator's letter for a missed report knows
 * that this team told its members, in the war room's feed. It arrives with the next beat, so the
 * consequence screen of the choice that let the report lapse does not show it (no spoilers); a
 * letter set off by the choice itself (tests/fixtures/ui/game-text-variants.yaml) shows its
 * variant on the consequence screen.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { screenshot, useBrowserApp } from './harness';
import { next, openGame, waitForScreen } from './game-helpers';

const env = useBrowserApp();

const TOLD = /The Commission notes that Hanbit Mart told its members/;
const NOT_TOLD = /explain why the breach was not reported within 72 hours/;

describe('texts that follow the play', () => {
  it('shows the variant of an inject body the engine picked, in the consequence screen and the war room', async () => {
    const { page, errors } = await openGame(env.browser, env.app.url);
    await waitForScreen(page, 'menu');
    await page.getByLabel('Team name').fill('Green team');
    expect(await next(page, () => page.getByRole('button', { name: /^Play Tutorial/ }).click())).toBe('briefing');
    expect(await next(page, () => page.getByRole('button', { name: 'Continue', exact: true }).click())).toBe('war-room');
    const choose = async (label: string): Promise<void> => {
      expect(await next(page, () => page.getByRole('group', { name: 'Choices' }).getByRole('button', { name: label }).click())).toBe('consequence');
    };
    const proceed = async (): Promise<string | null> => next(page, () => page.getByRole('button', { name: 'Continue', exact: true }).click());
    await choose('E-mail members a first notice today');
    expect(await proceed()).toBe('war-room');
    // The 24-hour intrusion report (tutorial 1.8.0), then the forensics memo.
    await choose('Report the intrusion to KISA today on what we know');
    expect(await proceed()).toBe('war-room');
    // The forensics report has no decision: Continue leads straight on to the regulator question.
    expect(await proceed()).toBe('war-room');
    // Waiting for counsel's line-by-line review lets the 72-hour report lapse: the letter arrives on
    // entering day four, and it knows the members were told.
    await choose('Let counsel review every log line first');
    // The letter is day four's news: neither variant shows on this consequence screen.
    await page.getByRole('heading', { level: 1, name: 'Let counsel review every log line first' }).waitFor();
    expect(await page.getByRole('region', { name: 'What it set off' }).count()).toBe(0);
    expect(await page.getByText(TOLD).count()).toBe(0);
    expect(await page.getByText(NOT_TOLD).count()).toBe(0);
    expect(await proceed()).toBe('war-room');
    const letter = page.getByRole('article', { name: /^Regulator from Personal Information Protection Commission/ });
    await expect.poll(() => letter.textContent()).toMatch(TOLD);
    expect(await letter.textContent()).not.toMatch(NOT_TOLD);
    await screenshot(page, 'text-variants-war-room');
    expect(errors).toEqual([]);
    await page.context().close();
  }, 300_000);

  it('shows the variant of a letter the choice set off on its consequence screen', async () => {
    const { page, errors } = await openGame(env.browser, env.app.url);
    await waitForScreen(page, 'menu');
    expect(await next(page, () => page.locator('input[type=file]').setInputFiles(resolve(import.meta.dirname, '../fixtures/ui/game-text-variants.yaml')))).toBe('briefing');
    expect(await next(page, () => page.getByRole('button', { name: 'Continue', exact: true }).click())).toBe('war-room');
    expect(await next(page, () => page.getByRole('group', { name: 'Choices' }).getByRole('button', { name: 'Tell the members first' }).click())).toBe('consequence');
    const setOff = page.getByRole('region', { name: 'What it set off' });
    await expect.poll(() => setOff.textContent()).toMatch(/The Commission notes that the company told its members/);
    expect(await setOff.textContent()).not.toMatch(/asks why the breach was not reported/);
    await page.waitForTimeout(1800);
    await screenshot(page, 'text-variants-consequence');
    expect(errors).toEqual([]);
    await page.context().close();
  }, 300_000);
});
