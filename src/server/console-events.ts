/** The facilitator console's commands as session events: the same events the projector's console logs. */
import type { SessionEvent } from '../engine/types.ts';
import type { ConsoleCommand } from './messages.ts';

export function consoleEvent(command: ConsoleCommand): SessionEvent {
  switch (command.kind) {
    case 'pause':
      return { type: 'session.pause' };
    case 'resume':
      return { type: 'session.resume' };
    case 'undo':
      return { type: 'facilitator.undo' };
    case 'end':
      return { type: 'facilitator.end' };
    case 'extend':
      return { type: 'facilitator.extend', seconds: command.seconds };
    case 'inject':
      return { type: 'facilitator.inject', inject: command.inject };
    case 'jump':
      return { type: 'facilitator.jump', beat: command.beat };
    case 'note':
      return { type: 'facilitator.note', text: command.text };
    case 'choose':
      return { type: 'player.choose', choice: command.choice };
    case 'continue':
      return { type: 'player.continue' };
  }
}
