import { type Actor, createActor } from 'xstate';
import type { Scenario } from '../scenario/types';
import { createScenarioMachine, type ScenarioMachine } from './machine';
import { type Driver, type Progress, dispatch } from './progress';
import { compileRules, type Rules } from './rules';
import type { StuckMachine } from './stuck-machine';
import { type EngineEvent, type GameState, type LogEntry, SAVE_FORMAT, SAVE_VERSION, type SaveFile, type SessionEvent, type StepResult } from './types';

export interface SessionOptions {
  readonly seed: number;
  readonly team?: string;
  /** The interface language the room plays in (a presentation choice: the rules never read it). */
  readonly lang?: string;
  /** Wall clock in milliseconds; tests pass a fake one. Defaults to Date.now. */
  readonly now?: () => number;
  /**
   * False for a log that keeps only accepted events: the live server refuses a participant's bad
   * intent with its reason and stores nothing, so a refusal changes no team's log. Default true.
   */
  readonly logRefused?: boolean;
}

/** One exercise run: the xstate actor, the append-only log, pause and facilitator controls. */
export interface Session {
  readonly scenario: Scenario;
  readonly rules: Rules;
  readonly seed: number;
  readonly team: string | undefined;
  /** The language kept with the session: the last one the room switched to. */
  lang(): string | undefined;
  /** Keeps the room's language switch with the session (not in the log: it changes no rule). */
  setLang(lang: string): void;
  /** The running actor, for the Stately inspector. Undo replaces it with a rebuilt one. */
  readonly actor: Actor<ScenarioMachine>;
  state(): GameState;
  log(): readonly LogEntry[];
  paused(): boolean;
  /** True once an ending is reached or the facilitator ended the exercise. */
  finished(): boolean;
  choose(choiceId: string): StepResult;
  expire(): StepResult;
  continue(): StepResult;
  pause(): StepResult;
  resume(): StepResult;
  extend(seconds: number): StepResult;
  inject(injectId: string): StepResult;
  undo(): StepResult;
  jump(beatId: string): StepResult;
  note(text: string): StepResult;
  end(): StepResult;
  /**
   * Applies any session event, as the methods above do: one door for whatever replays or relays
   * events (the live server). A second `session.start` is refused and not logged.
   */
  apply(event: SessionEvent): StepResult;
  /** Calls back with every new log entry; returns the unsubscribe function. */
  subscribe(listener: (entry: LogEntry) => void): () => void;
  save(): SaveFile;
}

/** A driver over the xstate actor; it checks the actor against the pure refusal rules. */
function actorDriver(machine: ScenarioMachine, rules: Rules, seed: number): Driver & { actor(): Actor<ScenarioMachine> } {
  let actor = createActor(machine, { input: { seed } }).start();
  return {
    actor: () => actor,
    state: () => actor.getSnapshot().context.game,
    step(event: EngineEvent): StepResult {
      const before = actor.getSnapshot();
      const refusal = rules.refusal(before.context.game, event);
      if (refusal !== null) return { state: before.context.game, accepted: false, reason: refusal.text, refusal, notices: [] };
      actor.send(event);
      const after = actor.getSnapshot();
      if (after.context === before.context) {
        const stuck: StuckMachine = { event: event.type, beat: before.context.game.beat };
        throw new Error(`machine of '${rules.scenario.meta.id}' took no transition for ${stuck.event} at beat '${stuck.beat}'`, { cause: stuck });
      }
      return { state: after.context.game, accepted: true, notices: after.context.notices };
    },
    rebuild(events) {
      actor.stop();
      actor = createActor(machine, { input: { seed } }).start();
      for (const event of events) actor.send(event);
    },
  };
}

/** Internal: a session, optionally rebuilt from a saved log (restore). */
export function openSession(scenario: Scenario, options: SessionOptions, saved?: readonly LogEntry[]): Session {
  const now = options.now ?? Date.now;
  const rules = compileRules(scenario);
  const driver = actorDriver(createScenarioMachine(scenario), rules, options.seed);
  const progress: Progress = { paused: false, ended: false, effective: [] };
  const log: LogEntry[] = [];
  const listeners = new Set<(entry: LogEntry) => void>();
  let lang = options.lang;

  function append(event: SessionEvent, before: GameState, accepted: boolean, notices: LogEntry['notices']): void {
    const entry: LogEntry = { seq: log.length, wall: now(), time: before.time, beat: before.beat, event, accepted, notices };
    log.push(entry);
    for (const listener of listeners) listener(entry);
  }

  function send(event: SessionEvent): StepResult {
    // A start is written once, when the session opens; a later one would split the log in two.
    if (event.type === 'session.start') return { ...dispatch(driver, progress, event), state: driver.state() };
    const before = driver.state();
    const result = dispatch(driver, progress, event);
    if (result.accepted || options.logRefused !== false) append(event, before, result.accepted, result.notices);
    return { ...result, state: driver.state() };
  }

  if (saved) {
    for (const entry of saved) if (entry.event.type !== 'session.start') dispatch(driver, progress, entry.event);
    log.push(...saved);
  } else {
    const start = { type: 'session.start', seed: options.seed, ...(options.team === undefined ? {} : { team: options.team }) } as const;
    const initial = driver.state();
    append(start, initial, true, driver.actor().getSnapshot().context.notices);
  }

  return {
    scenario,
    rules,
    seed: options.seed,
    team: options.team,
    lang: () => lang,
    setLang(next) {
      lang = next;
    },
    get actor() {
      return driver.actor();
    },
    state: () => driver.state(),
    log: () => log,
    paused: () => progress.paused,
    finished: () => progress.ended || driver.state().ending !== null,
    choose: (choice) => send({ type: 'player.choose', choice }),
    expire: () => send({ type: 'clock.expire' }),
    continue: () => send({ type: 'player.continue' }),
    pause: () => send({ type: 'session.pause' }),
    resume: () => send({ type: 'session.resume' }),
    extend: (seconds) => send({ type: 'facilitator.extend', seconds }),
    inject: (inject) => send({ type: 'facilitator.inject', inject }),
    undo: () => send({ type: 'facilitator.undo' }),
    jump: (beat) => send({ type: 'facilitator.jump', beat }),
    note: (text) => send({ type: 'facilitator.note', text }),
    end: () => send({ type: 'facilitator.end' }),
    apply: send,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    save(): SaveFile {
      return {
        format: SAVE_FORMAT,
        version: SAVE_VERSION,
        scenario: { id: scenario.meta.id, version: scenario.meta.version, hash: scenario.hash },
        seed: options.seed,
        ...(options.team === undefined ? {} : { team: options.team }),
        ...(lang === undefined ? {} : { lang }),
        savedAt: now(),
        log: [...log],
        state: driver.state(),
        paused: progress.paused,
        finished: progress.ended || driver.state().ending !== null,
      };
    },
  };
}

/** Starts an exercise session: enters the start beat and logs `session.start`. */
export function createSession(scenario: Scenario, options: SessionOptions): Session {
  return openSession(scenario, options);
}
