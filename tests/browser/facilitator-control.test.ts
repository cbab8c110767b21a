/**
 * Who controls a session: a second console window is read-only until the first closes; a console
 * of another session, or a hand-made message on the channel, controls nothing; reloading either
 * window loses nothing.
 */
import { describe, expect, it } from 'vitest';
import { enterPin, openConsole, openRoom, projectorBeat, PROMPTLY, PUSHED } from './facilitator-room.ts';
import { screenshot, useBrowserApp } from './harness.ts';

const env = useBrowserApp();

describe('facilitator console control', () => {
  it('keeps a second console read-only, and hands it control when the first closes', async () => {
    const room = await openRoom(env.browser, env.app);
    const { page: first } = await openConsole(room);
    const second = await room.context.newPage();
    await second.goto(first.url());
    await enterPin(second);
    await second.getByText('Another console controls this session').waitFor();
    await second.getByText('Read-only', { exact: true }).waitFor();
    await second.getByRole('heading', { name: 'An odd spike in the app logs' }).waitFor();
    for (const name of ['Pause', 'Undo last decision', 'Add note', `Push to the room: ${PUSHED}`]) {
      expect(await second.getByRole('button', { name }).isDisabled(), name).toBe(true);
    }
    expect(
      await second
        .getByRole('button', { name: /^Record as the room's choice/ })
        .first()
        .isDisabled(),
    ).toBe(true);
    await screenshot(second, 'facilitator-console-read-only');

    // The first console still has control, and the second follows what it does.
    await first.getByRole('button', { name: 'Pause' }).click();
    await room.projector.getByText('The facilitator has paused the exercise').waitFor(PROMPTLY);
    await second.getByRole('button', { name: 'Resume' }).waitFor(PROMPTLY);

    await first.close();
    await second.getByText('You control this session').waitFor({ timeout: 5000 });
    await second.getByRole('button', { name: 'Resume' }).click();
    await room.projector
      .getByText('The facilitator has paused the exercise')
      .waitFor({ state: 'detached', ...PROMPTLY });
    await room.context.close();
  });

  it('controls nothing from another session, and ignores messages that do not parse', async () => {
    const room = await openRoom(env.browser, env.app);
    const { page: facilitator } = await openConsole(room);
    const session = new URL(facilitator.url()).searchParams.get('session')!;

    const stranger = await room.context.newPage();
    await stranger.goto(`${env.app.url}facilitator.html?session=${'x'.repeat(22)}`);
    await enterPin(stranger);
    await stranger.getByText('Waiting for the projector window of this session').waitFor();
    await stranger.getByText('Projector not connected').waitFor();
    expect(await stranger.getByText('You control this session').count()).toBe(0);
    expect(await stranger.getByRole('button', { name: 'Pause' }).isVisible()).toBe(false);
    await screenshot(stranger, 'facilitator-console-other-session');

    // Someone posting on this session's channel by hand: another session's id, another
    // version, a command from a console that holds no lease, garbage.
    await stranger.evaluate((id) => {
      const channel = new BroadcastChannel(`crisis-room:${id}`);
      const base = { protocol: 'crisis-room.facilitation', v: 1, session: id };
      channel.postMessage({
        ...base,
        session: 'y'.repeat(22),
        type: 'command',
        console: 'a'.repeat(16),
        id: 'b'.repeat(16),
        command: { kind: 'end' },
      });
      channel.postMessage({
        ...base,
        v: 2,
        type: 'command',
        console: 'a'.repeat(16),
        id: 'b'.repeat(16),
        command: { kind: 'end' },
      });
      channel.postMessage({
        ...base,
        type: 'command',
        console: 'a'.repeat(16),
        id: 'b'.repeat(16),
        command: { kind: 'pause' },
      });
      channel.postMessage('<img src=x onerror=alert(1)>');
      channel.close();
    }, session);
    await expect.poll(() => room.warnings.length).toBe(3);
    expect(room.warnings).toEqual([
      'crisis-room facilitation: ignored a message for another session',
      'crisis-room facilitation: ignored a message (protocol version 2, expected 1)',
      'crisis-room facilitation: ignored a message (not an object)',
    ]);
    await room.projector.waitForTimeout(500);
    expect(await room.projector.getByText('The facilitator has paused the exercise').count()).toBe(
      0,
    );
    expect(await projectorBeat(room, 'An odd spike in the app logs').isVisible()).toBe(true);

    const lost = await room.context.newPage();
    await lost.goto(`${env.app.url}facilitator.html`);
    await lost.getByText('This console needs a session.').waitFor();
    await room.context.close();
  });

  it('loses nothing when either window is reloaded', async () => {
    const room = await openRoom(env.browser, env.app);
    const { page: facilitator } = await openConsole(room);
    await facilitator
      .getByLabel('Observer note (timestamped against the current beat)')
      .fill('Before the reloads.');
    await facilitator.getByRole('button', { name: 'Add note' }).click();
    await facilitator
      .getByRole('button', { name: "Record as the room's choice: E-mail members a first notice today" })
      .click();
    await room.projector.getByRole('heading', { level: 1, name: 'E-mail members a first notice today' }).waitFor(PROMPTLY);

    await facilitator.reload();
    await enterPin(facilitator);
    await facilitator.getByText('You control this session').waitFor();
    // The next beat since tutorial 1.8.0: the 24-hour intrusion report.
    await facilitator.getByRole('heading', { name: 'The other report' }).waitFor();
    await facilitator
      .getByRole('list', { name: 'Notes so far' })
      .getByText('Before the reloads.')
      .waitFor();

    await room.projector.goto(`${env.app.url}index.html`);
    await room.projector.getByRole('button', { name: 'Resume' }).click();
    await projectorBeat(room, 'The other report').waitFor();
    await facilitator.getByText('Projector connected').waitFor();
    await facilitator.getByText('You control this session').waitFor({ timeout: 5000 });
    await facilitator.getByRole('button', { name: 'Pause' }).click();
    await room.projector.getByText('The facilitator has paused the exercise').waitFor(PROMPTLY);
    await room.context.close();
  });
});
