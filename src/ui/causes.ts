/** Turns the engine's notice causes (`choice:x`, `deadline:y`...) into words for the room. */
import { parseCause } from '../engine/cause';
import type { Scenario, Text } from '../scenario/types';
import { beatById, choiceById, deadlineById, triggerById } from '../scenario/lookup';

/** `timerChose`: the decision was the timer's default, so a choice's effects are not "your decision". */
export function describeCause(scenario: Scenario, cause: string, text: (value: Text) => string, injectHeadline: (id: string) => string | undefined, timerChose = false): string {
  const { kind, id } = parseCause(cause);
  switch (kind) {
    case 'choice': {
      const choice = choiceById(scenario, id);
      const who = timerChose ? 'The timer\u2019s default' : 'Your decision';
      return choice ? `${who}: ${text(choice.label)}` : who;
    }
    // Only logs from before claims were booked to their revision carry this cause.
    case 'claim': {
      const choice = choiceById(scenario, id);
      return choice ? `A public claim was contradicted (made in: ${text(choice.label)})` : 'A public claim was contradicted';
    }
    case 'deadline': {
      const deadline = deadlineById(scenario, id);
      return deadline ? `Deadline: ${text(deadline.label)}` : 'A deadline';
    }
    case 'trigger': {
      const trigger = triggerById(scenario, id);
      const headline = trigger?.inject ? text(trigger.inject.headline) : undefined;
      return headline ? `Development: ${headline}` : 'A development in the story';
    }
    case 'beat': {
      const beat = beatById(scenario, id);
      return beat ? `Events: ${text(beat.title)}` : 'Events moved on';
    }
    case 'inject': {
      const headline = injectHeadline(id);
      return headline ? `Facilitator inject: ${headline}` : 'A facilitator inject';
    }
    default:
      return cause;
  }
}
