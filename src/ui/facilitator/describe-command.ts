/** The status line's words for a command the projector carried out. */
import type { Scenario } from '../../scenario/types.ts';
import type { Command } from '../sync/protocol.ts';
import { t } from './view.ts';

export function describeCommand(command: Command, scenario: Scenario | null): string {
  switch (command.kind) {
    case 'pause':
      return 'Paused.';
    case 'resume':
      return 'Resumed.';
    case 'extend':
      return `Added ${command.seconds} seconds to the timer.`;
    case 'inject': {
      const inject = scenario?.optionalInjects.find((candidate) => candidate.id === command.inject);
      return `Pushed "${inject ? t(inject.headline) : command.inject}" to the room.`;
    }
    case 'undo':
      return 'Undid the last decision.';
    case 'jump': {
      const beat = scenario?.beats.find((candidate) => candidate.id === command.beat);
      return `Jumped to "${beat ? t(beat.title) : command.beat}".`;
    }
    case 'choose': {
      const choice = scenario?.beats
        .flatMap((beat) => beat.decision?.choices ?? [])
        .find((c) => c.id === command.choice);
      return `Recorded the room's choice: "${choice ? t(choice.label) : command.choice}".`;
    }
    case 'continue':
      return 'Moved the room on.';
    case 'note':
      return 'Note added.';
    case 'end':
      return 'The exercise has ended.';
    case 'feedback':
      return command.reveal
        ? 'The projector now shows the expert feedback after each decision.'
        : 'The expert feedback is now kept for the debrief.';
    case 'display':
      return command.mode === 'projector'
        ? 'The game window is now in projector view.'
        : 'The game window is now in the standard view.';
  }
}
