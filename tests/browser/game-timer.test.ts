/** The decision timer counts down in real seconds, turns urgent, and sends `clock.expire` at zero. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/index';
import { text } from '../../src/scenario/text';
import { useBrowserApp } from './harness';
import { next, playToTimedDecision, TIMED_BEAT_TITLE, waitForScreen } from './game-helpers';

const env = useBrowserApp();

/** The tutorial's timed decision and the choice its timer takes. */
const tutorial = loadScenario(readFileSync(resolve(import.meta.dirname, '../../scenarios/tutorial.yaml'), 'utf8')).scenario;
const timed = tutorial?.beats.find((beat) => text(beat.title) === TIMED_BEAT_TITLE)?.decision;
const defaultLabel = text(timed?.choices.find((choice) => choice.id === timed.defaultChoice)?.label ?? '');

describe('game decision timer', () => {
  it('counts down, turns urgent and takes the default choice when time runs out', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    await page.clock.install();
    await page.goto(`${env.app.url}?scenario=tutorial_loyalty_leak&seed=3`);
    await waitForScreen(page, 'briefing');
    await next(page, () => page.getByRole('button', { name: 'Continue' }).click());
    const timer = page.getByRole('timer', { name: 'Time left for this decision' });
    // The tutorial's first decision has no timer; its regulator decision has (and, since 1.9.0, the
    // intrusion decision on the way there).
    await page.getByRole('group', { name: 'Choices' }).waitFor();
    expect(await timer.isVisible()).toBe(false);
    await playToTimedDecision(page);
    await expect.poll(() => timer.textContent()).toMatch(/^(2:00|1:59)$/);
    expect(await timer.getAttribute('class')).not.toContain('timer--urgent');

    await page.clock.fastForward('01:35');
    await expect.poll(() => timer.textContent()).toMatch(/^0:2\d$/);
    expect(await timer.getAttribute('class')).toContain('timer--urgent');

    await page.clock.fastForward('00:30');
    await waitForScreen(page, 'consequence');
    // Said as the timer's choice, never as the room's ("Your decision").
    expect(await page.getByText('Time ran out: the timer chose the default').count()).toBe(1);
    expect(await page.getByText('Your decision').count()).toBe(0);
    expect(timed?.timeLimit).toBe(120);
    expect(defaultLabel).not.toBe('');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(defaultLabel);
    await context.close();
  }, 180_000);
});
