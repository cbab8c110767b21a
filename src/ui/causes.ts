/** Turns the engine's notice causes (`choice:x`, `deadline:y`...) into words for the room. */
import { parseCause } from '../engine/cause';
import type { Scenario, Text } from '../scenario/types';
import { beatById, choiceById, deadlineById, triggerById } from '../scenario/lookup';
import { t } from './lang/ui-language';

/** `timerChose`: the decision was the timer's default, so a choice's effects are not "your decision". */
export function describeCause(scenario: Scenario, cause: string, text: (value: Text) => string, injectHeadline: (id: string) => string | undefined, timerChose = false): string {
  const { kind, id } = parseCause(cause);
  switch (kind) {
    case 'choice': {
      const choice = choiceById(scenario, id);
      const who = timerChose ? t('game.cause.timer') : t('game.cause.yours');
      return choice ? t('game.cause.choice', { who, label: text(choice.label) }) : who;
    }
    // Only logs from before claims were booked to their revision carry this cause.
    case 'claim': {
      const choice = choiceById(scenario, id);
      return choice ? t('game.cause.claimIn', { label: text(choice.label) }) : t('game.cause.claim');
    }
    case 'deadline': {
      const deadline = deadlineById(scenario, id);
      return deadline ? t('game.cause.deadline', { label: text(deadline.label) }) : t('game.cause.deadlineAny');
    }
    case 'trigger': {
      const trigger = triggerById(scenario, id);
      const headline = trigger?.inject ? text(trigger.inject.headline) : undefined;
      return headline ? t('game.cause.trigger', { headline }) : t('game.cause.triggerAny');
    }
    case 'beat': {
      const beat = beatById(scenario, id);
      return beat ? t('game.cause.beat', { title: text(beat.title) }) : t('game.cause.beatAny');
    }
    case 'inject': {
      const headline = injectHeadline(id);
      return headline ? t('game.cause.inject', { headline }) : t('game.cause.injectAny');
    }
    default:
      return cause;
  }
}
