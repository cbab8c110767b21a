/**
 * A decision opened by a pushed optional inject (a detour), in one real browser: the facilitator
 * pushes deepfake_ceo's treasury call from the console, the projector shows its decision like any
 * other, the room answers it by keyboard, and play carries on at the decision it interrupted.
 */
import { describe, expect, it } from 'vitest';
import { openConsole, openRoom, projectorBeat, PROMPTLY } from './facilitator-room.ts';
import { next, screen, seriousViolations, shownChoiceIds, waitForScreen } from './game-helpers.ts';
import { screenshot, useBrowserApp } from './harness.ts';

const env = useBrowserApp();

const FIRST = '06:00: the video, and a call';
const DETOUR = 'Treasury is holding the £480,000';

describe('a decision the facilitator pushes', () => {
  it('shows on the projector, is answered by keyboard, and play returns to the interrupted decision', async () => {
    const room = await openRoom(env.browser, env.app, 'deepfake_ceo');
    const { projector } = room;
    await projectorBeat(room, FIRST).waitFor();
    const { page: facilitator, errors } = await openConsole(room);

    await facilitator.getByRole('button', { name: 'Push to the room: Karen Holt wants £480,000 moved today' }).click();
    await projectorBeat(room, DETOUR).waitFor(PROMPTLY);
    await projector.getByRole('group', { name: 'Choices' }).waitFor();
    // Five since deepfake_ceo 2.7.2: the call back to the number that rang is a wrong answer.
    await expect.poll(() => shownChoiceIds(projector)).toHaveLength(5);
    expect([...(await shownChoiceIds(projector))].sort()).toEqual(['treasury_call_back', 'treasury_freeze_report', 'treasury_pay_today', 'treasury_ring_back', 'treasury_video_confirm']);
    // The console follows: it offers the detour's choices to record.
    await facilitator.getByRole('button', { name: "Record as the room's choice: Hold it; ring Karen and the supplier back on file; two signatures to pay" }).waitFor();
    expect(await seriousViolations(projector)).toEqual([]);
    await screenshot(projector, 'pushed-decision');

    // Keyboard only: the number key selects the choice shown beside it, Enter confirms.
    const index = (await shownChoiceIds(projector)).indexOf('treasury_call_back');
    await projector.keyboard.press(String(index + 1));
    expect(await next(projector, () => projector.keyboard.press('Enter'))).toBe('consequence');
    await projector.getByRole('heading', { level: 1, name: 'Hold it; ring Karen and the supplier back on file; two signatures to pay' }).waitFor();
    await next(projector, async () => {
      await projector.getByRole('button', { name: 'Continue' }).focus();
      await projector.keyboard.press('Enter');
    });
    await waitForScreen(projector, 'war-room');
    await projectorBeat(room, FIRST).waitFor();
    await expect.poll(() => shownChoiceIds(projector)).toContain('callback_known_channel');

    // Play carries on from the interrupted decision.
    const first = (await shownChoiceIds(projector)).indexOf('callback_known_channel');
    await projector.keyboard.press(String(first + 1));
    expect(await next(projector, () => projector.keyboard.press('Enter'))).toBe('consequence');
    expect(await screen(projector)).toBe('consequence');
    expect(room.projectorErrors).toEqual([]);
    expect(errors).toEqual([]);
    await room.context.close();
  });
});
