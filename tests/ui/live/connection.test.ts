/**
 * The page's first join to the session server: a busy server that lets the seat reservation
 * lapse before the page's socket arrives is tried again, with a pause and a status line saying
 * so; what is not a lapsed seat (an unreachable server) fails at once, in words.
 */
import type { Room } from 'colyseus.js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import live from '../../../src/i18n/locales/en/live.json';
import { addPageEnglish } from '../../../src/ui/lang/ui-language';
import { FIRST_JOIN_TRIES, openLink, type JoinClient, type LinkStatus } from '../../../src/ui/live/connection';

// The live page adds its words to the page's English as it starts (live-language.ts).
addPageEnglish({ live });

/** A room that takes handlers and hellos, as far as the link uses one. */
const fakeRoom = (sent: string[]): Room =>
  ({
    reconnectionToken: 'room:token',
    onMessage: () => undefined,
    onLeave: () => undefined,
    send: (type: string) => sent.push(type),
    leave: async () => 0,
  }) as unknown as Room;

/** colyseus.js's error for a lapsed seat: the transport's words, with no code of its own. */
const lapsed = (): Error => Object.assign(new Error('seat reservation expired.'), { name: 'ServerError', code: 0 });

/** A client whose joins fail with `failures` in turn, then succeed. */
function client(failures: Error[], sent: string[]) {
  const calls: string[] = [];
  const join = (method: string) => async (): Promise<Room> => {
    calls.push(method);
    const failure = failures.shift();
    if (failure) throw failure;
    return fakeRoom(sent);
  };
  const stand: JoinClient = { create: join('create'), joinOrCreate: join('joinOrCreate'), reconnect: join('reconnect') } as unknown as JoinClient;
  return { stand, calls };
}

const open = (stand: JoinClient, statuses: LinkStatus[]) =>
  openLink({
    endpoint: 'http://127.0.0.1:1',
    client: stand,
    first: { method: 'joinOrCreate', options: { code: 'ABCD', team: 'Red', name: 'Ana' } },
    rejoin: () => null,
    on: {},
    onStatus: (status) => statuses.push(status),
  });

describe('the first join', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('joins on a later try when the seat reservation lapsed, saying it is trying again', async () => {
    const sent: string[] = [];
    const { stand, calls } = client([lapsed(), lapsed()], sent);
    const statuses: LinkStatus[] = [];
    const link = open(stand, statuses);
    await vi.runAllTimersAsync();
    await expect(link).resolves.toBeDefined();
    expect(calls).toEqual(['joinOrCreate', 'joinOrCreate', 'joinOrCreate']);
    expect(statuses.map((status) => status.kind)).toEqual(['reconnecting', 'reconnecting', 'connected']);
    expect(statuses[0]).toEqual({ kind: 'reconnecting', why: `the server was slow to seat this device; trying again (1 of ${FIRST_JOIN_TRIES})` });
    expect(sent).toEqual(['hello']);
  });

  // The pause (rejoin-pause.ts) is jittered by Math.random, so each bound is checked with the jitter pinned at its end.
  it.each([
    { jitter: 0, first: 250, second: 500 },
    { jitter: 0.999_999, first: 500, second: 1000 },
  ])('waits longer before each try (jitter $jitter)', async ({ jitter, first, second }) => {
    vi.spyOn(Math, 'random').mockReturnValue(jitter);
    const { stand, calls } = client([lapsed(), lapsed(), lapsed()], []);
    void open(stand, []);
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toHaveLength(1);
    // A few milliseconds either side: the fake clock rounds fractional delays.
    await vi.advanceTimersByTimeAsync(first - 5);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(10);
    expect(calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(second - 10);
    expect(calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(10);
    expect(calls).toHaveLength(3);
    await vi.runAllTimersAsync();
    expect(calls).toHaveLength(4);
  });

  it('gives up after its last try with a message that says what happened and what to do', async () => {
    const { stand, calls } = client(Array.from({ length: FIRST_JOIN_TRIES }, lapsed), []);
    const link = open(stand, []);
    const outcome = expect(link).rejects.toThrow(`The session server was too busy to seat this device: ${FIRST_JOIN_TRIES} times, the seat it held expired before the connection arrived. Wait a moment, then reload the page.`);
    await vi.runAllTimersAsync();
    await outcome;
    expect(calls).toHaveLength(FIRST_JOIN_TRIES);
  });

  it('does not retry a server that cannot be reached, and names it', async () => {
    const { stand, calls } = client([new TypeError('fetch failed')], []);
    const statuses: LinkStatus[] = [];
    const link = open(stand, statuses);
    const outcome = expect(link).rejects.toThrow(/The session server at http:\/\/127\.0\.0\.1:1 cannot be reached \(fetch failed\)/);
    await vi.runAllTimersAsync();
    await outcome;
    expect(calls).toHaveLength(1);
    expect(statuses).toEqual([]);
  });

  it('does not retry a refusal such as an unknown code', async () => {
    const { stand, calls } = client([Object.assign(new Error('No session has the code ABCD.'), { code: 404 })], []);
    const link = open(stand, []);
    const outcome = expect(link).rejects.toThrow('No session has the code ABCD.');
    await vi.runAllTimersAsync();
    await outcome;
    expect(calls).toHaveLength(1);
  });
});

describe('a dropped connection', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  // Every page of a server that died finds out in the same instant: a pause drawn at random
  // (rejoin-pause.ts) keeps them from all coming back in the same instant too.
  it.each([
    { jitter: 0, pause: 125 },
    { jitter: 0.999_999, pause: 250 },
  ])('tries to get back after a pause drawn at random (jitter $jitter)', async ({ jitter, pause }) => {
    vi.spyOn(Math, 'random').mockReturnValue(jitter);
    let dropped: ((code: number) => void) | null = null;
    const calls: string[] = [];
    const room = { ...fakeRoom([]), onLeave: (handler: (code: number) => void) => (dropped = handler) } as unknown as Room;
    const join = (method: string) => async (): Promise<Room> => {
      calls.push(method);
      return room;
    };
    const stand = { create: join('create'), joinOrCreate: join('joinOrCreate'), reconnect: join('reconnect') } as unknown as JoinClient;
    const link = open(stand, []);
    await vi.advanceTimersByTimeAsync(0);
    await link;
    dropped!(1006);
    await vi.advanceTimersByTimeAsync(pause - 5);
    expect(calls).toEqual(['joinOrCreate']);
    await vi.advanceTimersByTimeAsync(10);
    expect(calls).toEqual(['joinOrCreate', 'reconnect']);
  });
});
