/**
 * Presenter mode in Chromium: the debrief walked through slide by slide with the keys a clicker
 * sends, readable at 1920x1080 (28 px body), nothing clipped at 1024x768, incomplete runs marked
 * on every slide, and Escape back to the report.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildReport, INCOMPLETE_SLIDE_NOTE } from '../../src/debrief/index';
import { openViewer, playSave, shipped } from './debrief-helpers';
import { seriousViolations } from './game-helpers';
import { screenshot, useBrowserApp, watchForErrors } from './harness';

const env = useBrowserApp();
const scenario = shipped('breach_33m');

async function present(
  viewport: { width: number; height: number },
  save: string,
): Promise<{ page: Page; errors: string[] }> {
  const page = await (await env.browser.newContext({ viewport })).newPage();
  const errors = watchForErrors(page);
  await openViewer(page, env.app.url, [{ name: 'team.save.json', text: save }]);
  await page.getByRole('button', { name: 'Present to the room' }).click();
  await expect.poll(() => page.getByRole('dialog').count()).toBe(1);
  return { page, errors };
}

const heading = (page: Page): Promise<string | null> =>
  page.locator('.crp-slide__heading').textContent();
const counter = (page: Page): Promise<string | null> => page.locator('.crp-counter').textContent();

/** How the current slide sits in the window: overflow and the controls' place. */
function layout(page: Page): Promise<{
  overflowX: number;
  overflowY: number;
  controlsBottom: number;
  height: number;
  bodyFont: number;
}> {
  return page.evaluate(() => {
    const slide = document.querySelector<HTMLElement>('.crp-slide');
    const controls = document.querySelector<HTMLElement>('.crp-controls');
    if (!slide || !controls) throw new Error('no slide or controls');
    const text = slide.querySelector('p:not(.crp-incomplete), td, li') ?? slide;
    return {
      overflowX: slide.scrollWidth - slide.clientWidth,
      overflowY: slide.scrollHeight - slide.clientHeight,
      controlsBottom: controls.getBoundingClientRect().bottom,
      height: window.innerHeight,
      bodyFont: parseFloat(getComputedStyle(text).fontSize),
    };
  });
}

describe('debrief presenter mode', () => {
  const report = buildReport(scenario, playSave(scenario, { team: 'Blue table', pick: 1 }));
  const save = JSON.stringify(report.save);
  const total = report.decisions.length + 6;

  it('walks the debrief with the keyboard at 1920x1080 and returns to the report', async () => {
    const { page, errors } = await present({ width: 1920, height: 1080 }, save);
    await expect.poll(() => heading(page)).toBe(report.overview.title);
    await expect.poll(() => counter(page)).toBe(`1 / ${total}`);
    await expect
      .poll(() => page.getByRole('region', { name: report.overview.title }).count())
      .toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'presenter-1920-title');

    await page.keyboard.press('ArrowRight');
    const first = report.decisions[0];
    if (!first) throw new Error('no decision');
    await expect
      .poll(() => heading(page))
      .toBe(`Decision 1 of ${report.decisions.length}: ${first.beatTitle}`);
    await expect
      .poll(() => page.locator('.crp-live').textContent())
      .toBe(`Slide 2 of ${total}: Decision 1 of ${report.decisions.length}: ${first.beatTitle}`);
    await expect.poll(() => page.locator('.crp-choice strong').textContent()).toBe(first.label);
    await expect
      .poll(() => page.locator('.crp-alternatives > li').count())
      .toBe(first.alternatives.length);
    const meters = await page.locator('.crp-meters tbody tr').allTextContents();
    expect(meters).toHaveLength(scenario.meters.length);
    for (const change of first.meterChanges)
      expect(meters.find((m) => m.startsWith(change.label))).toContain(String(change.to));
    const big = await layout(page);
    expect(big.bodyFont).toBeGreaterThanOrEqual(28);
    expect(big.overflowX).toBeLessThanOrEqual(0);
    expect(big.overflowY).toBeLessThanOrEqual(0);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'presenter-1920-decision');

    // The alternatives' expert feedback waits until the facilitator shows it.
    await expect.poll(() => page.locator('.crp-alt-feedback').first().isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Show their feedback' }).click();
    await expect.poll(() => page.locator('.crp-alt-feedback').first().isVisible()).toBe(true);
    await screenshot(page, 'presenter-1920-decision-feedback');

    await page.keyboard.press('PageDown');
    await expect.poll(() => counter(page)).toBe(`3 / ${total}`);
    await page.keyboard.press('PageUp');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => counter(page)).toBe(`1 / ${total}`);
    await expect.poll(() => page.getByRole('button', { name: /Previous/ }).isDisabled()).toBe(true);
    await page.keyboard.press('End');
    await expect.poll(() => heading(page)).toBe('Improvement plan');
    await expect.poll(() => counter(page)).toBe(`${total} / ${total}`);
    await expect.poll(() => page.getByRole('button', { name: /Next/ }).isDisabled()).toBe(true);

    // Every slide after the decisions, as the room reads it.
    for (const [name, title] of [
      ['How it ended', 'ending'],
      ['Claims against the facts', 'claims'],
      ['Deadlines', 'deadlines'],
      ['Objectives', 'objectives'],
      ['Improvement plan', 'plan'],
    ] as const) {
      await page.keyboard.press('Home');
      while ((await heading(page)) !== name) await page.keyboard.press('ArrowRight');
      const at = await layout(page);
      expect(at.overflowX, name).toBeLessThanOrEqual(0);
      expect(at.bodyFont, name).toBeGreaterThanOrEqual(28);
      await screenshot(page, `presenter-1920-${title}`);
    }
    expect(await seriousViolations(page)).toEqual([]);

    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Present to the room');
    await expect
      .poll(() => page.getByRole('heading', { level: 2, name: 'Decision by decision' }).isVisible())
      .toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('clips nothing at 1024x768: every slide fits across, the controls stay on screen', async () => {
    const { page, errors } = await present({ width: 1024, height: 768 }, save);
    for (let i = 1; i <= total; i++) {
      await expect.poll(() => counter(page)).toBe(`${i} / ${total}`);
      const at = await layout(page);
      expect(at.overflowX, `slide ${i}`).toBeLessThanOrEqual(0);
      expect(at.controlsBottom, `slide ${i}`).toBeLessThanOrEqual(at.height);
      if (i === 2) await screenshot(page, 'presenter-1024-decision');
      if (i === total - 2) await screenshot(page, 'presenter-1024-deadlines');
      await page.keyboard.press('ArrowRight');
    }
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('marks every slide of a run ended early as incomplete', async () => {
    const early = buildReport(
      scenario,
      playSave(scenario, { team: 'Red table', pick: 0, endAfter: 2 }),
    );
    expect(early.score.partial).toBe(true);
    const { page, errors } = await present(
      { width: 1366, height: 768 },
      JSON.stringify(early.save),
    );
    const slides = early.decisions.length + 6;
    await expect
      .poll(() => page.locator('.crp-score').textContent())
      .toBe(`Score ${early.score.overall}/100 (partial)`);
    for (let i = 1; i <= slides; i++) {
      await expect
        .poll(() => page.locator('.crp-incomplete').textContent(), { message: `slide ${i}` })
        .toBe(INCOMPLETE_SLIDE_NOTE);
      await page.keyboard.press('ArrowRight');
    }
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    await screenshot(page, 'presenter-incomplete');
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
