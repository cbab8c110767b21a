/**
 * One scripted team for the live benchmarks: a decider who plays the tutorial to an ending (the
 * first choice shown, or Continue) and members who propose, each a real WebSocket client. Every
 * client keeps the team log by seq and counts what arrived twice or out of order. A client whose
 * server dies rejoins through the next endpoint with its token (the room is restored there from
 * the store) and the decider carries on from the log it is sent.
 */
import { Client, type Room } from 'colyseus.js';
import { openSession, type Session } from '../src/engine/session';
import { rejoinPause } from '../src/protocol/rejoin-pause';
import type { LogEntry } from '../src/engine/types';
import type { Scenario } from '../src/scenario/types';
import type { JoinGate } from './live-join';

/** What the audit counts of one team's run (the parent process holds these for every team). */
export interface TeamFigures {
  acked: Set<number>;
  duplicates: number;
  gaps: number;
  finished: boolean;
  /** How many times a member of the team rejoined after its server died. */
  rejoined: number;
  /** How many times a member's connection closed without its leaving (its server died, or dropped it). */
  drops: number;
  /** Each rejoin's time, ms, from the connection's close to the room joined again. */
  rejoinMs: number[];
}

export interface TeamTally extends TeamFigures {
  log: LogEntry[];
}

export const newTally = (): TeamTally => ({ acked: new Set(), duplicates: 0, gaps: 0, finished: false, rejoined: 0, drops: 0, rejoinMs: [], log: [] });

/** Why rejoins failed, each reason said once per process (a stale room listing, a dead endpoint). */
const rejoinFailures = new Set<string>();

let nonce = Date.now() * 1000;
/**
 * `bench:live --think MS`: each decider waits a random 0 to MS ms before each move, as a room
 * deliberates. 0, the default, moves the moment it can, so every team of every session acts in
 * the same instant: waves of intents, the worst case for the store.
 */
const THINK_MS = Math.max(0, Number(process.env.LIVE_BENCH_THINK_MS ?? 0) || 0);
const CONSENTED = 4000;
const OTHER_MESSAGES = ['roster', 'proposals', 'ended', 'board', 'revealed'];

/** Joins `count` members of `team`; the first is the decider and drives the run once `start` is called. */
export async function playTeam(endpoints: readonly string[], scenario: Scenario, code: string, team: string, count: number, tally: TeamTally, gate: JoinGate): Promise<{ start: () => void; leave: () => void }> {
  const rooms: (Room | null)[] = [];
  let session: Session | null = null;
  let started = false;
  let leaving = false;
  const seedOf = (): number => (tally.log[0]!.event as { seed: number }).seed;
  const rebuild = (): void => {
    session = tally.log.length > 0 ? openSession(scenario, { seed: seedOf(), team, logRefused: false }, tally.log) : null;
  };

  const act = (): void => {
    const decider = rooms[0];
    if (!session || !decider || !started) return;
    if (session.finished()) {
      tally.finished = true;
      return;
    }
    const state = session.state();
    const beat = scenario.beats.find((candidate) => candidate.id === state.beat);
    const choice = beat?.decision ? session.rules.available(state)[0] : undefined;
    const at = tally.log.length;
    if (choice) {
      for (const member of rooms.slice(1)) member?.send('intent', { nonce: ++nonce, at, kind: 'propose', choice: choice.id });
      decider.send('intent', { nonce: ++nonce, at, kind: 'choose', choice: choice.id });
    } else decider.send('intent', { nonce: ++nonce, at, kind: 'continue' });
  };

  let thinking = false;
  const actAfterThinking = (): void => {
    if (THINK_MS === 0) return act();
    if (thinking) return;
    thinking = true;
    setTimeout(() => {
      thinking = false;
      act();
    }, Math.random() * THINK_MS);
  };

  const onEntry = (entry: LogEntry): void => {
    if (entry.seq < tally.log.length) {
      tally.duplicates += 1;
      return;
    }
    if (entry.seq > tally.log.length) {
      tally.gaps += 1;
      return;
    }
    tally.log.push(entry);
    rebuild();
    if (entry.seq > 0) actAfterThinking();
  };

  const attach = (index: number, room: Room, token: { value: string }, endpoint: number): void => {
    const isDecider = index === 0;
    rooms[index] = room;
    room.onMessage('welcome', (message: { token?: string }) => (token.value = message.token ?? token.value));
    room.onMessage('logs', (message: { logs: Record<string, LogEntry[]> }) => {
      if (!isDecider) return;
      // After a rejoin the store's log is the truth: it holds whatever was acknowledged.
      tally.log = [...(message.logs[team] ?? [])];
      rebuild();
      act();
    });
    room.onMessage('entry', (message: { entry: LogEntry }) => isDecider && onEntry(message.entry));
    room.onMessage('refused', (message: { reason: string }) => {
      if (isDecider && !/out of turn/.test(message.reason)) console.error(`${team}: refused: ${message.reason}`);
    });
    room.onMessage('ack', (message: { seq: number | null }) => {
      if (isDecider && typeof message.seq === 'number') tally.acked.add(message.seq);
    });
    for (const type of OTHER_MESSAGES) room.onMessage(type, () => undefined);
    room.onLeave((code) => {
      rooms[index] = null;
      if (leaving || code === CONSENTED) return;
      tally.drops += 1;
      void rejoin(index, token, endpoint + 1);
    });
    room.send('hello', {});
  };

  /** Its server died: the room is restored on another process from the store, with the member's token. */
  const rejoin = async (index: number, token: { value: string }, from: number): Promise<void> => {
    const dropped = performance.now();
    for (let attempt = 0; attempt < 60 && !leaving; attempt += 1) {
      const endpoint = (from + attempt) % endpoints.length;
      try {
        const room = await new Client(endpoints[endpoint]).joinOrCreate('exercise', { code, token: token.value });
        tally.rejoined += 1;
        tally.rejoinMs.push(performance.now() - dropped);
        attach(index, room, token, endpoint);
        return;
      } catch (error) {
        // Room and process ids and the arguments vary; the reason is what comes before them.
        const reason = (error instanceof Error ? error.message : String(error)).replace(/\(.*/s, '').replace(/Session [A-Z0-9]+/g, 'Session …').slice(0, 100);
        if (!rejoinFailures.has(reason)) console.error(`a rejoin through ${endpoints[endpoint]} failed: ${reason}`);
        rejoinFailures.add(reason);
        // The page's rule (rejoin-pause.ts): a growing pause with jitter, so 1,500 clients of a dead process do not return in step.
        await new Promise((done) => setTimeout(done, rejoinPause(attempt)));
      }
    }
  };

  for (let index = 0; index < count; index += 1) {
    const endpoint = (index + team.length) % endpoints.length;
    const room = await gate.join(() => new Client(endpoints[endpoint]).joinOrCreate('exercise', { code, team, name: `${team}-${index}` }));
    attach(index, room, { value: '' }, endpoint);
  }
  return {
    start() {
      started = true;
      actAfterThinking();
    },
    leave() {
      leaving = true;
      for (const room of rooms) void room?.leave(true);
    },
  };
}
