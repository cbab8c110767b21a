/**
 * A console's session command, carried out on the projector's engine session exactly as the
 * projector's own controls would: ids the scenario does not declare are refused first, and a
 * refusal comes back with the engine's reason in words.
 */
import type { GameState, LogEntry } from '../../engine/types.ts';
import type { Scenario } from '../../scenario/types.ts';
import { engineRefusal, refusedFor, type Outcome } from './link-refusal.ts';
import type { Command } from './protocol.ts';
import type { SwitchCommand } from './room-switches.ts';

/** What the link needs of an engine session (src/engine `Session` has all of it). */
export interface LinkedSession {
  readonly scenario: Scenario;
  readonly seed: number;
  readonly team?: string | undefined;
  state(): GameState;
  log(): readonly LogEntry[];
  paused(): boolean;
  finished(): boolean;
  choose(choiceId: string): unknown;
  continue(): unknown;
  pause(): unknown;
  resume(): unknown;
  extend(seconds: number): unknown;
  inject(optionalInjectId: string): unknown;
  undo(): unknown;
  jump(beatId: string): unknown;
  note(text: string): unknown;
  end(): unknown;
  subscribe(listener: (entry: LogEntry) => void): () => void;
}

/** The projector's answer to one command. */
export type Applied = Outcome;

/** The commands that move the exercise (the room's switches are handled in room-switches.ts). */
export type SessionCommand = Exclude<Command, SwitchCommand>;

/** Runs one command on the session; `onChange` is called when it added to the log. */
export function applyCommand(
  session: LinkedSession,
  command: SessionCommand,
  onChange: () => void,
): Applied {
  const refusal = precheck(session, command);
  if (refusal) return refusal;
  const before = session.log().length;
  let returned: unknown;
  try {
    returned = run(session, command);
  } catch (error) {
    console.warn(`crisis-room facilitation: the session refused "${command.kind}"`, error);
    return { accepted: false, reason: error instanceof Error ? error.message : String(error) };
  }
  const log = session.log();
  const entry = log.length > before ? log[log.length - 1] : undefined;
  if (entry) onChange();
  if (entry?.accepted) return { accepted: true };
  return (
    engineRefusal(returned) ??
    (entry
      ? refusedFor('notAllowed', 'Not allowed at this point of the exercise.')
      : refusedFor('nothingToDo', 'Nothing to do.'))
  );
}

/** Refuses ids the scenario does not declare before they reach the engine. */
function precheck(session: LinkedSession, command: SessionCommand): Outcome | null {
  const { scenario } = session;
  if (
    command.kind === 'inject' &&
    !scenario.optionalInjects.some((inject) => inject.id === command.inject)
  ) {
    return refusedFor('noSuchInject', `The scenario has no optional inject "${command.inject}".`, {
      inject: command.inject,
    });
  }
  if (command.kind === 'jump' && !scenario.beats.some((beat) => beat.id === command.beat)) {
    return refusedFor('noSuchBeat', `The scenario has no beat "${command.beat}".`, {
      beat: command.beat,
    });
  }
  return null;
}

function run(session: LinkedSession, command: SessionCommand): unknown {
  switch (command.kind) {
    case 'pause':
      return session.pause();
    case 'resume':
      return session.resume();
    case 'extend':
      return session.extend(command.seconds);
    case 'inject':
      return session.inject(command.inject);
    case 'undo':
      return session.undo();
    case 'jump':
      return session.jump(command.beat);
    case 'choose':
      return session.choose(command.choice);
    case 'continue':
      return session.continue();
    case 'note':
      return session.note(command.text.trim());
    case 'end':
      return session.end();
  }
}
