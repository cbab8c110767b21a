/**
 * One team's run on the server: the pure engine's session over the team's stored log. Events are
 * applied one at a time (a queue), each is stored before it counts, and the decision timer runs
 * here, not in the browsers. A refused event changes nothing: the session keeps only accepted
 * events, and an event that could not be stored is rolled back by rebuilding from the store.
 */
import { decisionTimer } from '../engine/timer.ts';
import { openSession, type Session } from '../engine/session.ts';
import type { LogEntry, SessionEvent } from '../engine/types.ts';
import type { Scenario } from '../scenario/types.ts';
import { REFUSED, type ServerRefusal } from './refusals.ts';
import type { LiveStore } from './store.ts';

const refusedWith = (refusal: ServerRefusal): Applied => ({ ok: false, reason: refusal.text, refusal });

/** Where an accepted intent's time went, ms: waiting behind the team's earlier events, the engine's step, the store's commit, the broadcast. */
export interface Phases {
  readonly queued: number;
  readonly step: number;
  readonly store: number;
  readonly broadcast: number;
}

export type Applied =
  | { readonly ok: true; readonly entry: LogEntry; readonly phases: Phases }
  | { readonly ok: false; readonly reason: string; readonly refusal: ServerRefusal };

export interface TeamRunnerOptions {
  readonly code: string;
  readonly team: string;
  readonly scenario: Scenario;
  readonly seed: number;
  readonly store: LiveStore;
  /** The team's stored log, when the room is restored; none for a new team. */
  readonly log?: readonly LogEntry[];
  readonly now?: () => number;
  /** Called with every stored entry, in order, to broadcast it. */
  readonly onEntry: (entry: LogEntry) => void;
  /** Timers are the room's (Colyseus's clock in a room, fake ones in tests). */
  readonly setTimer: (callback: () => void, ms: number) => { clear(): void };
}

export interface TeamRunner {
  readonly team: string;
  log(): readonly LogEntry[];
  session(): Session;
  /** Applies one event after every event before it; resolves once stored (or refused). */
  apply(event: SessionEvent): Promise<Applied>;
  /** Stores the team's `session.start` if the team is new (the first join). */
  start(): Promise<void>;
  stop(): void;
}

export function createTeamRunner(options: TeamRunnerOptions): TeamRunner {
  const now = options.now ?? Date.now;
  const open = (log?: readonly LogEntry[]): Session =>
    openSession(options.scenario, { seed: options.seed, team: options.team, now, logRefused: false }, log && log.length > 0 ? log : undefined);
  let session = open(options.log);
  let stored = options.log?.length ?? 0;
  let queue: Promise<unknown> = Promise.resolve();
  let timer: { clear(): void } | null = null;
  let stopped = false;

  /** Starts the decision's clock again from the log, so a restored room keeps its deadline. */
  function armTimer(): void {
    timer?.clear();
    timer = null;
    if (stopped) return;
    const clock = decisionTimer(options.scenario, session.log(), now());
    if (!clock || clock.paused) return;
    const at = session.log().length;
    timer = options.setTimer(() => {
      // Only if nothing happened since: any event re-arms the clock itself.
      if (session.log().length === at) void runner.apply({ type: 'clock.expire' });
    }, clock.remaining * 1000);
  }

  /** Stores what the session added since the last store, in one write (all or none), then broadcasts it. */
  async function storeNew(): Promise<{ readonly last: LogEntry; readonly store: number; readonly broadcast: number } | null> {
    const log = session.log();
    const fresh = log.slice(stored);
    const last = fresh.at(-1);
    if (!last) return null;
    const sent = performance.now();
    try {
      await options.store.append(options.code, options.team, fresh);
    } catch (error) {
      // What was not stored did not happen: rebuild from what is.
      session = open(log.slice(0, stored));
      throw error;
    }
    const committed = performance.now();
    stored = log.length;
    for (const entry of fresh) options.onEntry(entry);
    return { last, store: committed - sent, broadcast: performance.now() - committed };
  }

  const runner: TeamRunner = {
    team: options.team,
    log: () => session.log(),
    session: () => session,
    apply(event) {
      const asked = performance.now();
      const result = queue.then(async (): Promise<Applied> => {
        if (stopped) return refusedWith(REFUSED.closing);
        const began = performance.now();
        const outcome = session.apply(event);
        if (!outcome.accepted) return refusedWith(outcome.refusal ?? REFUSED.invalidMessage(outcome.reason ?? 'refused'));
        const step = performance.now() - began;
        try {
          const kept = await storeNew();
          if (!kept) return refusedWith(REFUSED.nothingToStore);
          armTimer();
          return { ok: true, entry: kept.last, phases: { queued: began - asked, step, store: kept.store, broadcast: kept.broadcast } };
        } catch (error) {
          armTimer();
          return refusedWith(REFUSED.notStored(error));
        }
      });
      queue = result.catch(() => undefined);
      return result;
    },
    async start() {
      await (queue = queue.then(async () => {
        await storeNew();
        armTimer();
      }));
    },
    stop() {
      stopped = true;
      timer?.clear();
    },
  };
  return runner;
}
