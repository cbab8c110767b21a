import type { Scenario } from '../scenario/types';
import { decisionsAhead } from './decisions-ahead';
import type { FindingWords } from '../i18n/finding-words';

/** Whether every playthrough must reach an ending, proven from the scenario's shape alone. */
export interface EndingGuarantee {
  readonly proven: boolean;
  /** Why it holds, or the first reason it could not be proven. */
  readonly why: string;
  /** The same as catalog words, for the report in another language. */
  readonly words: FindingWords;
}

const said = (key: string, values: Record<string, string> = {}): FindingWords => ({ key: `report.always.${key}`, values });

/**
 * A static proof that no team can get stuck, which holds however large the state space is, so a
 * partial analysis can still rule out dead ends and endless play. It needs three things: every
 * decision offers a choice without a condition (so some choice is always offered), every beat
 * without a decision has a next beat, and the beats cannot loop. Trigger `goto`s do not break it:
 * each trigger fires at most once, so they add finitely many jumps. When it is not proven, that
 * says nothing either way: only the exploration can tell.
 */
export function alwaysEnds(scenario: Scenario): EndingGuarantee {
  for (const beat of scenario.beats) {
    if (beat.decision) {
      if (!beat.decision.choices.some((choice) => choice.condition === undefined)) {
        return { proven: false, why: `every choice at beat '${beat.id}' has a condition, so a team could find none offered`, words: said('guarded', { beat: beat.id }) };
      }
    } else if (beat.next === undefined) {
      return { proven: false, why: `beat '${beat.id}' has neither a decision nor a next beat`, words: said('noWayOn', { beat: beat.id }) };
    }
  }
  // A beat with endlessly many decisions ahead is on a loop or leads into one.
  const ahead = decisionsAhead(scenario);
  const looping = scenario.beats.find((beat) => ahead.get(beat.id) === Infinity);
  if (looping) return { proven: false, why: `the beats can loop (from '${looping.id}')`, words: said('loop', { beat: looping.id }) };
  return {
    proven: true,
    why: 'every decision offers a choice without a condition, every other beat has a next beat, and the beats cannot loop, so every playthrough reaches an ending',
    words: said('proven'),
  };
}
