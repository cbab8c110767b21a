import { describe, expect, it } from 'vitest';
import type { GameState, LogEntry } from '../../../src/engine/types.ts';
import { createChannelId, createPeerId } from '../../../src/ui/sync/ids.ts';
import {
  envelope,
  isCommand,
  MAX_EXTEND_SECONDS,
  MAX_NOTE_LENGTH,
  parseMessage,
  PROTOCOL,
  PROTOCOL_VERSION,
  type Snapshot,
} from '../../../src/ui/sync/protocol.ts';

const session = createChannelId();
const consoleId = createPeerId();
const projector = createPeerId();

const state: GameState = {
  beat: 'briefing',
  ending: null,
  time: 0,
  meters: { trust: 55, liability: 20 },
  flags: { notified: false },
  facts: { affected_accounts: 4500 },
  visits: { briefing: 1 },
  chosen: [],
  deadlines: { pipc_report: { status: 'running', startedAt: 0 } },
  fired: [],
  claims: [],
  rng: [1, 2, 3],
};

const entry: LogEntry = {
  seq: 1,
  wall: 1_764_000_000_000,
  time: 0,
  beat: 'briefing',
  event: { type: 'facilitator.note', text: 'The CEO hesitated.' },
  accepted: true,
  notices: [],
};

const snapshot: Snapshot = {
  scenario: { id: 'tutorial', version: '1.0.0', hash: 'abc123' },
  team: 'Blue team',
  seed: 7,
  log: [entry],
  state,
  paused: false,
  finished: false,
  controller: null,
};

/** A received message: what structured cloning delivers, a plain copy. */
function wire(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value));
}

/** A projector's answer refusing a command, in English only. */
const refusedResult = () =>
  ({ type: 'result', projector, since: 1, console: consoleId, id: createPeerId(), accepted: false, reason: 'No.' }) as const;

describe('parseMessage', () => {
  it('accepts each well-formed message type', () => {
    const bodies = [
      { type: 'hello', console: consoleId },
      { type: 'heartbeat', console: consoleId, holds: false },
      { type: 'bye', console: consoleId },
      {
        type: 'command',
        console: consoleId,
        id: createPeerId(),
        command: { kind: 'extend', seconds: 30 },
      },
      { type: 'snapshot', projector, since: 1, snapshot },
      { type: 'update', projector, since: 1, entry, state, paused: true, finished: false },
      { type: 'presence', projector, since: 1, controller: consoleId },
      refusedResult(),
      { ...refusedResult(), code: 'noSuchBeat', values: { beat: 'nowhere' } },
      { type: 'closed', projector, since: 1 },
    ] as const;
    for (const body of bodies) {
      const parsed = parseMessage(wire(envelope(session, body)));
      expect(parsed, body.type).toMatchObject({ ok: true, message: { type: body.type, session } });
    }
  });

  it('refuses a result whose refusal code or values are malformed, naming the field', () => {
    const result = refusedResult();
    for (const code of ['', 'no such', '__proto__', 7, 'x'.repeat(41)]) {
      expect(parseMessage(wire({ ...envelope(session, result), code })), String(code)).toEqual({
        ok: false,
        error: 'result: missing or malformed field "code"',
      });
    }
    const tooMany = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`v${i}`, 'x']));
    for (const values of [{ beat: 7 }, ['nowhere'], null, tooMany]) {
      expect(parseMessage(wire({ ...envelope(session, result), code: 'noSuchBeat', values }))).toEqual({
        ok: false,
        error: 'result: missing or malformed field "values"',
      });
    }
  });

  it('refuses values that are not messages at all', () => {
    for (const data of [null, undefined, 42, 'hello', [], [{ type: 'hello' }]]) {
      expect(parseMessage(data)).toEqual({ ok: false, error: 'not an object' });
    }
  });

  it('refuses another protocol, another version and a missing session id', () => {
    const hello = envelope(session, { type: 'hello', console: consoleId });
    expect(parseMessage({ ...hello, protocol: 'other' })).toEqual({
      ok: false,
      error: 'unknown protocol "other"',
    });
    expect(parseMessage({ ...hello, v: 2 })).toEqual({
      ok: false,
      error: `protocol version 2, expected ${PROTOCOL_VERSION}`,
    });
    expect(parseMessage({ ...hello, v: undefined })).toMatchObject({
      ok: false,
      error: /version missing/,
    });
    expect(parseMessage({ ...hello, session: 'short' })).toEqual({
      ok: false,
      error: 'missing or malformed session id',
    });
  });

  it('refuses an unknown message type', () => {
    const data = {
      protocol: PROTOCOL,
      v: PROTOCOL_VERSION,
      session,
      type: 'takeover',
      console: consoleId,
    };
    expect(parseMessage(data)).toEqual({ ok: false, error: 'unknown message type "takeover"' });
  });

  it('names the field that is missing or malformed', () => {
    const command = envelope(session, {
      type: 'command',
      console: consoleId,
      id: createPeerId(),
      command: { kind: 'pause' },
    });
    expect(parseMessage({ ...command, console: 'x' })).toEqual({
      ok: false,
      error: 'command: missing or malformed field "console"',
    });
    expect(parseMessage({ ...command, command: { kind: 'format_disk' } })).toEqual({
      ok: false,
      error: 'command: missing or malformed field "command"',
    });
    const heartbeat = {
      protocol: PROTOCOL,
      v: PROTOCOL_VERSION,
      session,
      type: 'heartbeat',
      console: consoleId,
    };
    expect(parseMessage(heartbeat)).toEqual({
      ok: false,
      error: 'heartbeat: missing or malformed field "holds"',
    });
  });

  it('refuses a snapshot whose state or log is malformed', () => {
    const badState = { ...snapshot, state: { ...state, meters: { trust: 'high' } } };
    const message = {
      ...envelope(session, { type: 'snapshot', projector, since: 1, snapshot }),
      snapshot: badState,
    };
    expect(parseMessage(wire(message))).toEqual({
      ok: false,
      error: 'snapshot: missing or malformed field "snapshot"',
    });
    const badEntry = { ...entry, event: { type: 'facilitator.note' } };
    const update = envelope(session, {
      type: 'update',
      projector,
      since: 1,
      entry,
      state,
      paused: false,
      finished: false,
    });
    expect(parseMessage(wire({ ...update, entry: badEntry }))).toEqual({
      ok: false,
      error: 'update: missing or malformed field "entry"',
    });
    const unknownEvent = { ...entry, event: { type: 'player.cheat' } };
    expect(parseMessage(wire({ ...update, entry: unknownEvent }))).toMatchObject({ ok: false });
  });

  it('accepts a snapshot that carries a custom scenario source and no team', () => {
    const custom = {
      ...snapshot,
      team: null,
      scenario: { ...snapshot.scenario, source: 'meta:\n  id: mine\n' },
    };
    expect(
      parseMessage(
        wire(envelope(session, { type: 'snapshot', projector, since: 1, snapshot: custom })),
      ),
    ).toMatchObject({
      ok: true,
    });
  });

  it("accepts a snapshot with the feedback switch as true or false, and refuses anything else there", () => {
    const parse = (revealFeedback: unknown) =>
      parseMessage(wire(envelope(session, { type: 'snapshot', projector, since: 1, snapshot: { ...snapshot, revealFeedback } as typeof snapshot })));
    expect(parse(true)).toMatchObject({ ok: true });
    expect(parse(false)).toMatchObject({ ok: true });
    expect(parse('yes')).toEqual({ ok: false, error: 'snapshot: missing or malformed field "snapshot"' });
  });

  it('accepts a snapshot in projector or standard view, and refuses any other view', () => {
    const parse = (display: unknown) =>
      parseMessage(wire(envelope(session, { type: 'snapshot', projector, since: 1, snapshot: { ...snapshot, display } as typeof snapshot })));
    expect(parse('projector')).toMatchObject({ ok: true });
    expect(parse('standard')).toMatchObject({ ok: true });
    expect(parse('phone')).toEqual({ ok: false, error: 'snapshot: missing or malformed field "snapshot"' });
  });
});

describe('isCommand', () => {
  it('accepts every command the console sends', () => {
    const commands = [
      { kind: 'pause' },
      { kind: 'resume' },
      { kind: 'extend', seconds: 60 },
      { kind: 'inject', inject: 'journalist_call' },
      { kind: 'undo' },
      { kind: 'jump', beat: 'scoping' },
      { kind: 'choose', choice: 'disclose_early' },
      { kind: 'continue' },
      { kind: 'note', text: 'Legal wanted to wait.' },
      { kind: 'end' },
      { kind: 'feedback', reveal: true },
      { kind: 'feedback', reveal: false },
      { kind: 'display', mode: 'projector' },
      { kind: 'display', mode: 'standard' },
    ];
    for (const command of commands) expect(isCommand(command), command.kind).toBe(true);
  });

  it('refuses a feedback switch that is not true or false', () => {
    for (const reveal of ['true', 1, null, undefined]) expect(isCommand({ kind: 'feedback', reveal }), String(reveal)).toBe(false);
  });

  it('refuses a view that is not projector or standard', () => {
    for (const mode of ['Projector', 'phone', true, null, undefined]) expect(isCommand({ kind: 'display', mode }), String(mode)).toBe(false);
  });

  it('refuses extensions that are not whole positive seconds within the cap', () => {
    for (const seconds of [0, -30, 12.5, MAX_EXTEND_SECONDS + 1, '30', Number.NaN]) {
      expect(isCommand({ kind: 'extend', seconds }), String(seconds)).toBe(false);
    }
    expect(isCommand({ kind: 'extend', seconds: MAX_EXTEND_SECONDS })).toBe(true);
  });

  it('refuses ids that are not scenario ids', () => {
    expect(isCommand({ kind: 'inject', inject: 'Journalist Call' })).toBe(false);
    expect(isCommand({ kind: 'jump', beat: '' })).toBe(false);
    expect(isCommand({ kind: 'choose', choice: 42 })).toBe(false);
    expect(isCommand({ kind: 'choose' })).toBe(false);
  });

  it('refuses blank and overlong notes', () => {
    expect(isCommand({ kind: 'note', text: '   \n' })).toBe(false);
    expect(isCommand({ kind: 'note', text: 'x'.repeat(MAX_NOTE_LENGTH + 1) })).toBe(false);
    expect(isCommand({ kind: 'note', text: 'x'.repeat(MAX_NOTE_LENGTH) })).toBe(true);
  });
});
