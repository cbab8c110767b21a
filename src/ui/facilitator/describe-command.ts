/** The status line's words for a command the projector carried out. */
import type { Scenario } from '../../scenario/types.ts';
import type { Command } from '../sync/protocol.ts';
import { t } from './view.ts';
import { t as ui } from '../lang/ui-language.ts';

export function describeCommand(command: Command, scenario: Scenario | null): string {
  switch (command.kind) {
    case 'pause':
      return ui('console.done.pause');
    case 'resume':
      return ui('console.done.resume');
    case 'extend':
      return ui('console.done.extend', { seconds: command.seconds });
    case 'inject': {
      const inject = scenario?.optionalInjects.find((candidate) => candidate.id === command.inject);
      return ui('console.done.inject', { headline: inject ? t(inject.headline) : command.inject });
    }
    case 'undo':
      return ui('console.done.undo');
    case 'jump': {
      const beat = scenario?.beats.find((candidate) => candidate.id === command.beat);
      return ui('console.done.jump', { beat: beat ? t(beat.title) : command.beat });
    }
    case 'choose': {
      const choice = scenario?.beats
        .flatMap((beat) => beat.decision?.choices ?? [])
        .find((c) => c.id === command.choice);
      return ui('console.done.choose', { choice: choice ? t(choice.label) : command.choice });
    }
    case 'continue':
      return ui('console.done.continue');
    case 'note':
      return ui('console.done.note');
    case 'end':
      return ui('console.done.end');
    case 'feedback':
      return command.reveal
        ? ui('console.done.feedbackShown')
        : ui('console.done.feedbackKept');
    case 'display':
      return command.mode === 'projector' ? ui('console.done.displayProjector') : ui('console.done.displayStandard');
  }
}
