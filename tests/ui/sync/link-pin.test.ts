/**
 * Issue #17, points 13 and 14, over a real BroadcastChannel and a real engine session: a
 * projector bound to the facilitator PIN obeys only a console that signs with it, applies a
 * repeated command id once, and yields only to a newer window whose snapshot continues the session.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSession, restore } from '../../../src/engine/index.ts';
import { loadScenario } from '../../../src/scenario/index.ts';
import type { Scenario } from '../../../src/scenario/types.ts';
import { connectConsole, type ConsoleLink } from '../../../src/ui/sync/console-link.ts';
import { channelName, createChannelId, createPeerId } from '../../../src/ui/sync/ids.ts';
import { REGRANT_GRACE_MS } from '../../../src/ui/sync/lease.ts';
import { derivePinKey, sign, signed } from '../../../src/ui/sync/pin.ts';
import { linkProjector, type DisplaySwitch, type FeedbackSwitch } from '../../../src/ui/sync/projector-link.ts';
import { envelope, parseMessage } from '../../../src/ui/sync/protocol.ts';

const source = readFileSync(resolve(import.meta.dirname, '../../fixtures/ui/link-pin.yaml'), 'utf8');
const scenario = loadScenario(source).scenario as Scenario;

const cleanup: (() => void)[] = [];
afterEach(() => {
  for (const close of cleanup.splice(0)) close();
  vi.restoreAllMocks();
});

async function pinnedProjector(pin: string, feedback?: FeedbackSwitch, display?: DisplaySwitch) {
  const channelId = createChannelId();
  const session = createSession(scenario, { seed: 3, team: 'Blue team' });
  const started = Date.now() - REGRANT_GRACE_MS;
  let first = true;
  const projector = linkProjector(session, {
    channelId,
    onChange: () => undefined,
    requirePin: true,
    now: () => (first ? ((first = false), started) : Date.now()),
    ...(feedback && { feedback }),
    ...(display && { display }),
  });
  cleanup.push(() => projector.close());
  await projector.setPin(await derivePinKey(pin, channelId));
  return { channelId, session };
}

function consoleWith(channelId: string, key: CryptoKey | null): ConsoleLink {
  const link = connectConsole(channelId, () => undefined, Date.now, key);
  cleanup.push(() => link.close());
  return link;
}

describe('projector link bound to the facilitator PIN', () => {
  it('gives control only to a console that signs with the PIN', async () => {
    const { channelId, session } = await pinnedProjector('4821');
    const wrong = consoleWith(channelId, await derivePinKey('1111', channelId));
    const none = consoleWith(channelId, null);
    await vi.waitFor(() => expect(wrong.model().session).not.toBeNull());
    // The wrong PIN is told at once by the check value; neither console is ever given control.
    expect(wrong.model().session?.pinCheck).not.toBe(await sign(await derivePinKey('1111', channelId), signed.check()));
    await new Promise((done) => setTimeout(done, 1500));
    expect(wrong.model().controller).toBeNull();
    expect(none.model().controller).toBeNull();

    const right = consoleWith(channelId, await derivePinKey('4821', channelId));
    await vi.waitFor(() => expect(right.model().controller).toBe(right.model().self), { timeout: 3000 });
    expect(right.model().session?.pinCheck).toBe(await sign(await derivePinKey('4821', channelId), signed.check()));
    expect(await right.send({ kind: 'pause' })).toEqual({ accepted: true });
    expect(session.paused()).toBe(true);
  });

  it('refuses a spoofed command in the controlling console\u2019s name, and applies a repeated id once', async () => {
    const { channelId, session } = await pinnedProjector('4821');
    const key = await derivePinKey('4821', channelId);
    const right = consoleWith(channelId, key);
    await vi.waitFor(() => expect(right.model().controller).toBe(right.model().self), { timeout: 3000 });
    const self = right.model().self;

    const raw = new BroadcastChannel(channelName(channelId));
    cleanup.push(() => raw.close());
    const results: { id: string; accepted: boolean; reason?: string }[] = [];
    raw.onmessage = (event: MessageEvent<unknown>) => {
      const parsed = parseMessage(event.data);
      if (parsed.ok && parsed.message.type === 'result') results.push(parsed.message);
    };
    // Another tab of the origin, posing as the console in control, without the PIN.
    const spoofed = createPeerId();
    raw.postMessage(envelope(channelId, { type: 'command', console: self, id: spoofed, command: { kind: 'end' } }));
    await vi.waitFor(() => expect(results).toHaveLength(1));
    expect(results[0]).toMatchObject({ id: spoofed, accepted: false, reason: 'The command is not signed with the facilitator PIN of this session.', code: 'badProof' });
    expect(session.finished()).toBe(false);

    // A genuine, signed command sent twice (replayed by a listener, or a retry): applied once.
    const id = createPeerId();
    const command = { kind: 'note', text: 'Once only.' } as const;
    const message = envelope(channelId, { type: 'command', console: self, id, command, proof: await sign(key, signed.command(self, id, command)) });
    raw.postMessage(message);
    raw.postMessage(message);
    await vi.waitFor(() => expect(results.filter((result) => result.id === id)).toHaveLength(1));
    await new Promise((done) => setTimeout(done, 200));
    expect(results.filter((result) => result.id === id)).toEqual([expect.objectContaining({ accepted: true })]);
    expect(session.log().filter((entry) => entry.event.type === 'facilitator.note')).toHaveLength(1);
  });

  it("flips the projector's feedback switch for a console that signs with the PIN, and tells every console", async () => {
    let revealed = false;
    const { channelId, session } = await pinnedProjector('4821', { revealed: () => revealed, reveal: (shown) => (revealed = shown) });
    const key = await derivePinKey('4821', channelId);
    const right = consoleWith(channelId, key);
    const watcher = consoleWith(channelId, null);
    await vi.waitFor(() => expect(right.model().controller).toBe(right.model().self), { timeout: 3000 });
    expect(right.model().session?.revealFeedback).toBe(false);
    expect(await right.send({ kind: 'feedback', reveal: true })).toEqual({ accepted: true });
    expect(revealed).toBe(true);
    // Not a move of the exercise: nothing enters the log.
    expect(session.log()).toHaveLength(1);
    await vi.waitFor(() => expect(watcher.model().session?.revealFeedback).toBe(true));
    expect(right.model().session?.revealFeedback).toBe(true);
    expect(await watcher.send({ kind: 'feedback', reveal: false })).toMatchObject({ accepted: false });
    expect(revealed).toBe(true);
  });

  it('refuses the feedback switch on a projector that has none', async () => {
    const { channelId } = await pinnedProjector('4821');
    const right = consoleWith(channelId, await derivePinKey('4821', channelId));
    await vi.waitFor(() => expect(right.model().controller).toBe(right.model().self), { timeout: 3000 });
    expect(right.model().session?.revealFeedback).toBeUndefined();
    expect(await right.send({ kind: 'feedback', reveal: true })).toEqual({ accepted: false, reason: 'This game window cannot show the expert feedback to the room.', code: 'noFeedbackSwitch', values: {} });
  });

  it('switches the projector view for a console that signs with the PIN, tells every console, and logs nothing', async () => {
    let mode: 'projector' | 'standard' = 'standard';
    const { channelId, session } = await pinnedProjector('4821', undefined, { current: () => mode, show: (next) => (mode = next) });
    const right = consoleWith(channelId, await derivePinKey('4821', channelId));
    const watcher = consoleWith(channelId, null);
    await vi.waitFor(() => expect(right.model().controller).toBe(right.model().self), { timeout: 3000 });
    expect(right.model().session?.display).toBe('standard');
    expect(await right.send({ kind: 'display', mode: 'projector' })).toEqual({ accepted: true });
    expect(mode).toBe('projector');
    expect(session.log()).toHaveLength(1);
    await vi.waitFor(() => expect(watcher.model().session?.display).toBe('projector'));
    expect(await watcher.send({ kind: 'display', mode: 'standard' })).toMatchObject({ accepted: false });
    expect(mode).toBe('projector');
  });

  it('refuses the view switch on a window that has none', async () => {
    const { channelId } = await pinnedProjector('4821');
    const right = consoleWith(channelId, await derivePinKey('4821', channelId));
    await vi.waitFor(() => expect(right.model().controller).toBe(right.model().self), { timeout: 3000 });
    expect(right.model().session?.display).toBeUndefined();
    expect(await right.send({ kind: 'display', mode: 'projector' })).toEqual({ accepted: false, reason: 'This game window has no projector view.', code: 'noDisplaySwitch', values: {} });
  });

  it('yields only to a newer window whose snapshot continues this session', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const channelId = createChannelId();
    const first = createSession(scenario, { seed: 3, team: 'Blue team' });
    let yielded = 0;
    const older = linkProjector(first, { channelId, onChange: () => undefined, onSuperseded: () => yielded++ });
    cleanup.push(() => older.close());
    const raw = new BroadcastChannel(channelName(channelId));
    cleanup.push(() => raw.close());
    const stranger = createPeerId();
    const later = Date.now() + 60_000;
    // A forged presence and update with a later `since`, and a snapshot of another session.
    raw.postMessage(envelope(channelId, { type: 'presence', projector: stranger, since: later, controller: null }));
    const other = createSession(scenario, { seed: 4 });
    raw.postMessage(
      envelope(channelId, {
        type: 'snapshot',
        projector: stranger,
        since: later,
        snapshot: { scenario: { id: scenario.meta.id, version: scenario.meta.version, hash: scenario.hash }, team: null, seed: 4, log: other.log(), state: other.state(), paused: false, finished: false, controller: null },
      }),
    );
    await new Promise((done) => setTimeout(done, 300));
    expect(yielded).toBe(0);

    // The same session resumed from its save in a newer window: that one is in charge.
    const resumed = restore(first.save(), scenario);
    if (!resumed.ok) throw new Error(resumed.error.message);
    const newer = linkProjector(resumed.session, { channelId, onChange: () => undefined });
    cleanup.push(() => newer.close());
    await vi.waitFor(() => expect(yielded).toBe(1));
  });
});
