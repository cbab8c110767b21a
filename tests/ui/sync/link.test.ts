/**
 * The projector link and the console link talking over a real BroadcastChannel (Node has one),
 * driving a real engine session: commands reach the session only from the console holding the
 * lease, of this session, in well-formed messages.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSession, restore, type Session } from '../../../src/engine/index.ts';
import { loadScenario } from '../../../src/scenario/index.ts';
import type { Scenario } from '../../../src/scenario/types.ts';
import {
  connectConsole,
  type ConsoleLink,
  type ConsoleModel,
} from '../../../src/ui/sync/console-link.ts';
import { channelName, createChannelId, createPeerId } from '../../../src/ui/sync/ids.ts';
import { REGRANT_GRACE_MS } from '../../../src/ui/sync/lease.ts';
import { linkProjector, type ProjectorLink } from '../../../src/ui/sync/projector-link.ts';
import { envelope, parseMessage, PROTOCOL } from '../../../src/ui/sync/protocol.ts';

const source = readFileSync(
  resolve(import.meta.dirname, '../../fixtures/ui/facilitation-link.yaml'),
  'utf8',
);
const scenario = loadScenario(source).scenario as Scenario;

const cleanup: (() => void)[] = [];
afterEach(() => {
  for (const close of cleanup.splice(0)) close();
  vi.restoreAllMocks();
});

interface Setup {
  readonly channelId: string;
  readonly session: Session;
  readonly projector: ProjectorLink;
  readonly changes: { count: number };
}

/** A projector whose lease table started long enough ago that the reload grace is over. */
function project(options: { source?: string } = {}): Setup {
  expect(scenario).not.toBeNull();
  const channelId = createChannelId();
  const session = createSession(scenario, { seed: 3, team: 'Blue team' });
  const changes = { count: 0 };
  const started = Date.now() - REGRANT_GRACE_MS;
  let first = true;
  const projector = linkProjector(session, {
    channelId,
    onChange: () => changes.count++,
    // The first reading is the lease table's start; later ones are the real clock.
    now: () => (first ? ((first = false), started) : Date.now()),
    ...options,
  });
  cleanup.push(() => projector.close());
  return { channelId, session, projector, changes };
}

function consoleOf(channelId: string): { link: ConsoleLink; latest: () => ConsoleModel } {
  let model: ConsoleModel | null = null;
  const link = connectConsole(channelId, (next) => (model = next));
  cleanup.push(() => link.close());
  return { link, latest: () => model ?? link.model() };
}

async function inControl(link: ConsoleLink): Promise<void> {
  await vi.waitFor(() => expect(link.model().controller).toBe(link.model().self), {
    timeout: 3000,
  });
}

describe('projector and console links', () => {
  it('answers a console with a snapshot of the session', async () => {
    const { channelId, session } = project();
    const { latest } = consoleOf(channelId);
    await vi.waitFor(() => expect(latest().session).not.toBeNull());
    const snapshot = latest().session!;
    expect(snapshot.scenario).toEqual({
      id: 'facilitation_link',
      version: '1.0.0',
      hash: scenario.hash,
    });
    expect(snapshot.team).toBe('Blue team');
    expect(snapshot.log).toEqual(session.log());
    expect(snapshot.state).toEqual(session.state());
    expect(latest().projector).toBe('present');
  });

  it('sends the text of a scenario that is not shipped', async () => {
    const { channelId } = project({ source });
    const { latest } = consoleOf(channelId);
    await vi.waitFor(() => expect(latest().session?.scenario.source).toBe(source));
  });

  it('applies the controlling console commands to the session, as the projector would', async () => {
    const { channelId, session, changes } = project();
    const { link, latest } = consoleOf(channelId);
    await inControl(link);

    expect(await link.send({ kind: 'pause' })).toEqual({ accepted: true });
    expect(session.paused()).toBe(true);
    expect(await link.send({ kind: 'pause' })).toEqual({
      accepted: false,
      reason: 'the session is already paused',
      code: 'alreadyPaused',
      values: {},
    });
    expect(await link.send({ kind: 'resume' })).toEqual({ accepted: true });
    expect(await link.send({ kind: 'extend', seconds: 30 })).toEqual({ accepted: true });
    expect(await link.send({ kind: 'inject', inject: 'reporter_call' })).toEqual({
      accepted: true,
    });
    expect(session.state().meters.trust).toBe(45);
    expect(await link.send({ kind: 'choose', choice: 'speak' })).toEqual({ accepted: true });
    expect(session.state().beat).toBe('second');
    expect(await link.send({ kind: 'undo' })).toEqual({ accepted: true });
    expect(session.state().beat).toBe('first');
    expect(await link.send({ kind: 'note', text: '  The CFO pushed back.  ' })).toEqual({
      accepted: true,
    });
    expect(await link.send({ kind: 'jump', beat: 'second' })).toEqual({ accepted: true });
    expect(await link.send({ kind: 'end' })).toEqual({ accepted: true });
    expect(session.finished()).toBe(true);

    const types = session.log().map((entry) => entry.event.type);
    expect(types).toEqual([
      'session.start',
      'session.pause',
      'session.pause',
      'session.resume',
      'facilitator.extend',
      'facilitator.inject',
      'player.choose',
      'facilitator.undo',
      'facilitator.note',
      'facilitator.jump',
      'facilitator.end',
    ]);
    expect(session.log().find((entry) => entry.event.type === 'facilitator.note')?.event).toEqual({
      type: 'facilitator.note',
      text: 'The CFO pushed back.',
    });
    // Every entry, the refused one included, re-rendered the projector and reached the console.
    expect(changes.count).toBe(10);
    await vi.waitFor(() => expect(latest().session?.log).toEqual(session.log()));
    expect(latest().session?.state).toEqual(session.state());
    expect(latest().session?.finished).toBe(true);
  });

  it('refuses ids the scenario does not declare without reaching the engine', async () => {
    const { channelId, session } = project();
    const { link } = consoleOf(channelId);
    await inControl(link);
    expect(await link.send({ kind: 'inject', inject: 'no_such_inject' })).toEqual({
      accepted: false,
      reason: 'The scenario has no optional inject "no_such_inject".',
      code: 'noSuchInject',
      values: { inject: 'no_such_inject' },
    });
    expect(await link.send({ kind: 'jump', beat: 'nowhere' })).toEqual({
      accepted: false,
      reason: 'The scenario has no beat "nowhere".',
      code: 'noSuchBeat',
      values: { beat: 'nowhere' },
    });
    expect(session.log()).toHaveLength(1);
  });

  it('keeps a second console read-only, and hands control over when the first closes', async () => {
    const { channelId, session } = project();
    const first = consoleOf(channelId);
    await inControl(first.link);
    const second = consoleOf(channelId);
    await vi.waitFor(() => expect(second.latest().controller).toBe(first.link.model().self));
    expect(await second.link.send({ kind: 'pause' })).toEqual({
      accepted: false,
      reason: 'Another console controls this session.',
      code: 'otherController',
      values: {},
    });
    expect(session.paused()).toBe(false);

    first.link.close();
    await inControl(second.link);
    expect(await second.link.send({ kind: 'pause' })).toEqual({ accepted: true });
    expect(session.paused()).toBe(true);
  });

  it('refuses a command posted by a console that does not hold control', async () => {
    const { channelId, session } = project();
    const { link } = consoleOf(channelId);
    await inControl(link);
    const intruder = new BroadcastChannel(channelName(channelId));
    cleanup.push(() => intruder.close());
    const results: unknown[] = [];
    intruder.onmessage = (event: MessageEvent<unknown>) => {
      const parsed = parseMessage(event.data);
      if (parsed.ok && parsed.message.type === 'result') results.push(parsed.message);
    };
    const id = createPeerId();
    const stranger = createPeerId();
    intruder.postMessage(
      envelope(channelId, { type: 'command', console: stranger, id, command: { kind: 'end' } }),
    );
    await vi.waitFor(() => expect(results).toHaveLength(1));
    expect(results[0]).toMatchObject({
      console: stranger,
      id,
      accepted: false,
      reason: 'Another console controls this session.',
      code: 'otherController',
      values: {},
    });
    expect(session.finished()).toBe(false);
  });

  it('is not controlled from another session, nor by messages that do not parse', async () => {
    const { channelId, session } = project();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const other = consoleOf(createChannelId());
    expect(await other.link.send({ kind: 'end' })).toEqual({
      accepted: false,
      reason: 'No projector window is connected.',
      code: 'noProjector',
      values: {},
    });

    const raw = new BroadcastChannel(channelName(channelId));
    cleanup.push(() => raw.close());
    const consoleId = createPeerId();
    // Another session's id inside this channel, then garbage of every kind.
    raw.postMessage(
      envelope(createChannelId(), {
        type: 'command',
        console: consoleId,
        id: createPeerId(),
        command: { kind: 'end' },
      }),
    );
    raw.postMessage({ protocol: PROTOCOL, v: 99, session: channelId, type: 'command' });
    raw.postMessage('end the exercise');
    raw.postMessage({
      ...envelope(channelId, { type: 'hello', console: consoleId }),
      type: 'takeover',
    });
    await vi.waitFor(() => expect(warn).toHaveBeenCalledTimes(4));
    expect(warn.mock.calls.map((call) => String(call[0]))).toEqual([
      'crisis-room facilitation: ignored a message for another session',
      'crisis-room facilitation: ignored a message (protocol version 99, expected 1)',
      'crisis-room facilitation: ignored a message (not an object)',
      'crisis-room facilitation: ignored a message (unknown message type "takeover")',
    ]);
    expect(session.log()).toHaveLength(1);
    expect(session.finished()).toBe(false);
  });

  it('lets the newer of two projector windows of one session take charge', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const channelId = createChannelId();
    const first = createSession(scenario, { seed: 3, team: 'Blue team' });
    const yielded = { first: 0, second: 0 };
    const older = linkProjector(first, {
      channelId,
      onChange: () => undefined,
      onSuperseded: () => yielded.first++,
    });
    cleanup.push(() => older.close());
    // The same exercise resumed from its save in a second window, a moment later, on the same channel.
    await new Promise((done) => setTimeout(done, 5));
    const resumed = restore(first.save(), scenario);
    if (!resumed.ok) throw new Error(resumed.error.message);
    const second = resumed.session;
    const newer = linkProjector(second, {
      channelId,
      onChange: () => undefined,
      onSuperseded: () => yielded.second++,
    });
    cleanup.push(() => newer.close());
    await vi.waitFor(() => expect(yielded.first).toBe(1));
    expect(warn).toHaveBeenCalledWith(
      'crisis-room facilitation: this session was opened in a newer window; this window stops.',
    );

    const { latest } = consoleOf(channelId);
    await vi.waitFor(() => expect(latest().session).not.toBeNull());
    expect(latest().session?.team).toBe('Blue team');
    first.note('Written in the old window.');
    await new Promise((done) => setTimeout(done, 1200));
    expect(yielded.second).toBe(0);
    expect(latest().session?.log).toEqual(second.log());
  });

  it('rebuilds from a fresh snapshot when an update arrives out of sequence', async () => {
    const { channelId, session } = project();
    const { latest } = consoleOf(channelId);
    await vi.waitFor(() => expect(latest().session?.log).toHaveLength(1));
    // Learn the projector's id from its heartbeat, then post an update that skips ahead.
    const tap = new BroadcastChannel(channelName(channelId));
    cleanup.push(() => tap.close());
    const heard = await new Promise<{ projector: string; since: number }>((done) => {
      tap.onmessage = (event: MessageEvent<unknown>) => {
        const parsed = parseMessage(event.data);
        if (parsed.ok && parsed.message.type === 'presence') done(parsed.message);
      };
    });
    session.note('One.');
    session.note('Two.');
    const skipped = session.log()[2]!;
    await vi.waitFor(() => expect(latest().session?.log).toHaveLength(3));
    const hellos: unknown[] = [];
    tap.onmessage = (event: MessageEvent<unknown>) => {
      const parsed = parseMessage(event.data);
      if (parsed.ok && parsed.message.type === 'hello') hellos.push(parsed.message);
    };
    tap.postMessage(
      envelope(channelId, {
        type: 'update',
        projector: heard.projector,
        since: heard.since,
        entry: { ...skipped, seq: 7 },
        state: session.state(),
        paused: false,
        finished: false,
      }),
    );
    await vi.waitFor(() => expect(hellos).toHaveLength(1));
    await new Promise((done) => setTimeout(done, 50));
    expect(latest().session?.log).toEqual(session.log());
  });

  it('tells consoles when the projector closes, and they rebuild when it comes back', async () => {
    const { channelId, session, projector } = project();
    const { latest } = consoleOf(channelId);
    await vi.waitFor(() => expect(latest().projector).toBe('present'));
    projector.close();
    await vi.waitFor(() => expect(latest().projector).toBe('closed'));
    session.note('Written while the console was away.');
    const again = linkProjector(session, { channelId, onChange: () => undefined });
    cleanup.push(() => again.close());
    await vi.waitFor(() => expect(latest().session?.log).toEqual(session.log()));
    expect(latest().projector).toBe('present');
  });
});
