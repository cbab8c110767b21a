/** The facilitator console's commands as session events: the same events the projector's console logs. */
import type { ConsoleCommand, ConsoleEvent } from '../protocol/live.ts';

/** Each command's event type; keyed by every kind, so a new command cannot go unmapped. */
const TYPES: { readonly [Kind in ConsoleCommand['kind']]: Extract<ConsoleEvent['type'], `${string}.${Kind}`> } = {
  pause: 'session.pause',
  resume: 'session.resume',
  undo: 'facilitator.undo',
  end: 'facilitator.end',
  extend: 'facilitator.extend',
  inject: 'facilitator.inject',
  jump: 'facilitator.jump',
  note: 'facilitator.note',
  choose: 'player.choose',
  continue: 'player.continue',
};

export function consoleEvent(command: ConsoleCommand): ConsoleEvent {
  const { kind, ...fields } = command;
  // The command carries its event's own fields (ConsoleCommand is derived from the event).
  return { type: TYPES[kind], ...fields } as ConsoleEvent;
}
