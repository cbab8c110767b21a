/**
 * A beat the console moved the room past: the facilitator presses Continue in the console while
 * the projector still shows the consequence of the room's choice. The projector goes on to the
 * next decision, and the memo of the beat it never showed must still reach the room as news:
 * marked New in the feed and announced to screen readers, like the injects of the beat it shows.
 */
import { describe, expect, it } from 'vitest';
import { openConsole, openRoom, projectorBeat, PROMPTLY } from './facilitator-room.ts';
import { screenshot, useBrowserApp } from './harness.ts';
import { next, waitForScreen } from './game-helpers.ts';

const env = useBrowserApp();
const MEMO = 'The scraping ran for three weeks, not one night';

describe('a beat the console moved past', () => {
  it('still shows its memo to the room as new', async () => {
    const room = await openRoom(env.browser, env.app);
    const { page: facilitator, errors } = await openConsole(room);
    const { projector } = room;
    const choices = projector.getByRole('group', { name: 'Choices' });
    await next(projector, () => choices.locator('[data-choice="notify_now"]').click());
    await waitForScreen(projector, 'consequence');
    // The 24-hour intrusion report (tutorial 1.8.0) comes before the memo: the room files it.
    await next(projector, () => projector.getByRole('button', { name: 'Continue' }).click());
    await next(projector, () => choices.locator('[data-choice="report_intrusion"]').click());
    await waitForScreen(projector, 'consequence');
    expect(await projector.getByText(MEMO).count()).toBe(0);

    await facilitator.getByRole('heading', { name: 'The forensics report' }).waitFor(PROMPTLY);
    await facilitator.getByRole('button', { name: 'Continue', exact: true }).click();
    await projectorBeat(room, 'The regulator question').waitFor(PROMPTLY);

    const memo = projector.getByRole('article', { name: new RegExp(MEMO) });
    await memo.waitFor();
    expect(await memo.getAttribute('class')).toContain('inject--fresh');
    expect(await memo.getByText('New', { exact: true }).count()).toBe(1);
    await expect.poll(() => projector.locator('#announcer').textContent()).toContain(MEMO);
    await screenshot(projector, 'room-skipped-beat-memo');
    expect([...errors, ...room.projectorErrors]).toEqual([]);
    await room.context.close();
  }, 300_000);
});
