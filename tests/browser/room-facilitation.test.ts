/**
 * Issue #16, points 1, 2, 6 and 8, and #17, point 13, in one real browser: the projector follows
 * every console command as it follows its own clicks; the consequence screen keeps the next
 * beat's news for the war room and says when the timer chose; trainee links hide the console, and
 * the console asks for the instructor's PIN; a window another one took over is blocked, visibly.
 */
import { describe, expect, it } from 'vitest';
import { enterPin, openConsole, openRoom, PIN, PROMPTLY } from './facilitator-room.ts';
import { screenshot, useBrowserApp } from './harness.ts';
import { next, playToTimedDecision, seriousViolations, waitForScreen } from './game-helpers.ts';

const env = useBrowserApp();

describe('running a room', () => {
  it('keeps projector and console in step: a recorded choice shows its consequence like a click', async () => {
    const room = await openRoom(env.browser, env.app);
    const { page: facilitator, errors } = await openConsole(room);
    const { projector } = room;

    // The room chooses on the projector, which shows the consequence.
    const choices = projector.getByRole('group', { name: 'Choices' });
    await next(projector, () => choices.locator('[data-choice="confirm_small"]').click());
    await waitForScreen(projector, 'consequence');
    // Point 8: the forensics memo and its revised figure wait for the war room.
    const consequence = (await projector.locator('#ui').textContent()) ?? '';
    expect(consequence).not.toMatch(/figure is now/);
    expect(consequence).not.toMatch(/Your decision: Wait/);
    await screenshot(projector, 'room-consequence-no-spoiler');
    // The 24-hour intrusion report (tutorial 1.8.0) comes before the memo: the room files it.
    await next(projector, () => projector.getByRole('button', { name: 'Continue' }).click());
    await next(projector, () => choices.locator('[data-choice="report_intrusion"]').click());
    await waitForScreen(projector, 'consequence');

    // The console moves the room on from the memo, then records the room's choice by discussion.
    await facilitator.getByRole('heading', { name: 'The forensics report' }).waitFor(PROMPTLY);
    await facilitator.getByRole('button', { name: 'Continue', exact: true }).click();
    const beatTitle = facilitator.locator('#beat-title');
    await expect.poll(() => beatTitle.textContent(), PROMPTLY).not.toBe('The forensics report');
    const decided = (await beatTitle.textContent()) ?? '';
    // Point 1: the projector left the old consequence and shows where the console is.
    await projector.getByRole('heading', { level: 1, name: decided }).waitFor(PROMPTLY);
    const record = facilitator.getByRole('button', { name: /^Record as the room's choice: / }).first();
    const label = ((await record.getAttribute('aria-label')) ?? (await record.textContent()) ?? '').replace("Record as the room's choice: ", '');
    await record.click();
    // Point 2: exactly as a click: the consequence of that choice, then Continue to the next beat.
    await projector.getByRole('heading', { level: 1, name: label }).waitFor(PROMPTLY);
    expect(await projector.locator('#ui').getAttribute('data-screen')).toBe('consequence');
    await screenshot(projector, 'room-recorded-choice-consequence');
    await expect.poll(() => beatTitle.textContent(), PROMPTLY).not.toBe(decided);
    const after = (await beatTitle.textContent()) ?? '';
    await next(projector, () => projector.getByRole('button', { name: 'Continue' }).click());
    expect(await projector.getByRole('heading', { level: 1 }).textContent()).toBe(after);
    expect([...errors, ...room.projectorErrors]).toEqual([]);
    await room.context.close();
  }, 300_000);

  it('says the timer chose when the clock ran out', async () => {
    const room = await openRoom(env.browser, env.app);
    await playToTimedDecision(room.projector);
    const { page: facilitator } = await openConsole(room);
    // Run the clock down: the console can only extend, so let the projector's clock expire by
    // moving its idea of now forward.
    await room.projector.evaluate(() => {
      const real = Date.now.bind(Date);
      Date.now = () => real() + 10 * 60_000;
    });
    await waitForScreen(room.projector, 'consequence');
    await room.projector.getByText('Time ran out: the timer chose the default').waitFor();
    const text = (await room.projector.locator('#ui').textContent()) ?? '';
    expect(text).not.toMatch(/Your decision/);
    expect(text).toMatch(/The timer’s default: /);
    await screenshot(room.projector, 'room-timer-chose');
    await facilitator.close();
    await room.context.close();
  }, 300_000);

  it('hides the console from a trainee link, and the console asks for the instructor\u2019s PIN', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const trainee = await context.newPage();
    await trainee.goto(`${env.app.url}index.html?scenario=tutorial_loyalty_leak&team=Red%20team`);
    expect(await trainee.getByLabel('Team name').inputValue()).toBe('Red team');
    await trainee.getByRole('button', { name: 'Continue' }).click();
    await trainee.getByRole('group', { name: 'Choices' }).waitFor();
    expect(await trainee.getByRole('button', { name: 'Open facilitator console' }).count()).toBe(0);
    await screenshot(trainee, 'room-trainee-war-room');
    await context.close();

    // An instructor's window: the first press asks for a PIN; the console asks for it again.
    const room = await openRoom(env.browser, env.app);
    await room.projector.getByRole('button', { name: 'Open facilitator console' }).click();
    const dialog = room.projector.getByRole('dialog', { name: 'Set a facilitator PIN' });
    await dialog.waitFor();
    expect(await seriousViolations(room.projector)).toEqual([]);
    await screenshot(room.projector, 'room-set-pin');
    await dialog.getByLabel('Facilitator PIN (4 to 12 digits)').fill('12');
    await dialog.getByRole('button', { name: 'Set PIN and open the console' }).click();
    await dialog.getByText('A PIN is 4 to 12 digits.').waitFor();
    await dialog.getByLabel('Facilitator PIN (4 to 12 digits)').fill(PIN);
    const [facilitator] = await Promise.all([room.context.waitForEvent('page'), dialog.getByRole('button', { name: 'Set PIN and open the console' }).click()]);
    await facilitator.getByLabel('Facilitator PIN').waitFor();
    // Nothing of the answer key before the PIN.
    expect(await facilitator.getByText('Recommended', { exact: true }).count()).toBe(0);
    await screenshot(facilitator, 'room-console-pin');
    await enterPin(facilitator, '0000');
    await facilitator.getByText('That PIN does not match the one set in the game. Try again.').waitFor();
    expect(await facilitator.getByText('Recommended', { exact: true }).count()).toBe(0);
    await enterPin(facilitator);
    await facilitator.getByText('You control this session').waitFor();
    await facilitator.getByText('Recommended', { exact: true }).first().waitFor();
    await room.context.close();
  }, 300_000);

  it('blocks a window that another window took over, visibly', async () => {
    const room = await openRoom(env.browser, env.app);
    const second = await room.context.newPage();
    await second.goto(`${env.app.url}index.html`);
    await waitForScreen(second, 'menu');
    await second.getByRole('button', { name: /^Resume Tutorial/ }).click();
    await waitForScreen(second, 'war-room');
    const blocker = room.projector.getByRole('alertdialog', { name: 'This exercise is open in another window' });
    await blocker.waitFor(PROMPTLY);
    // The war room behind it is inert: its choices cannot be pressed.
    expect(await room.projector.locator('#ui').getAttribute('inert')).not.toBeNull();
    await screenshot(room.projector, 'room-superseded');
    expect(await seriousViolations(room.projector)).toEqual([]);
    await room.context.close();
  }, 300_000);
});
