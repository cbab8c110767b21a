/**
 * Issue #16, To build 6 (the console): the facilitator console on a 1366x768 laptop, in the war
 * room's colours and type, with no serious or critical axe violation, beside the projector view.
 */
import { describe, expect, it } from 'vitest';
import { openConsole, openRoom } from './facilitator-room.ts';
import { screenshot, useBrowserApp } from './harness.ts';
import { seriousViolations } from './game-helpers.ts';

const env = useBrowserApp();

describe('the facilitator console on a laptop', () => {
  it('uses the war room\u2019s tokens and passes axe at 1366x768', async () => {
    const room = await openRoom(env.browser, env.app);
    const { page: facilitator, errors } = await openConsole(room);
    await facilitator.setViewportSize({ width: 1366, height: 768 });
    await facilitator.getByRole('heading', { name: 'An odd spike in the app logs' }).waitFor();
    // The same night blue, accent and ink as the war room (src/ui/styles/base.css).
    const look = await facilitator.evaluate(() => {
      const root = getComputedStyle(document.documentElement);
      return { bg: root.getPropertyValue('--bg').trim(), accent: root.getPropertyValue('--accent').trim(), text: root.getPropertyValue('--text').trim() };
    });
    expect(look).toEqual({ bg: '#070b16', accent: '#5eb1ff', text: '#e6edf7' });
    // Nothing wider than the laptop's screen.
    expect(await facilitator.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1366);
    await screenshot(facilitator, 'console-1366');
    expect(await seriousViolations(facilitator)).toEqual([]);
    // The projector's console in projector view too.
    await room.projector.getByRole('button', { name: 'Projector view' }).click();
    await room.projector.getByRole('button', { name: 'Projector view', pressed: true }).waitFor();
    expect(await seriousViolations(room.projector)).toEqual([]);
    expect([...errors, ...room.projectorErrors]).toEqual([]);
    await room.context.close();
  }, 300_000);
});
