/**
 * Tells on the surface of the options: the recommended choice is the longest (CR520), or is listed
 * first where the order is fixed (CR521), in too many decisions. A player who reads only the shape
 * of the options then wins without judging. Counted over rated decisions: at least two choices,
 * one of them recommended and one not.
 */
import { text } from '../../scenario/text';
import type { Beat, Decision, Scenario } from '../../scenario/types';
import { choiceLength } from './measures';
import { FIRST_SHARE, LONGEST_SHARE } from './thresholds';
import type { Found } from './types';

/** A decision whose choices are rated apart, with its beat's index. */
export interface RatedDecision {
  readonly beatIndex: number;
  readonly beat: Beat;
  readonly decision: Decision;
}

export function ratedDecisions(scenario: Scenario): RatedDecision[] {
  return scenario.beats.flatMap((beat, beatIndex) => {
    const decision = beat.decision;
    if (!decision || decision.choices.length < 2) return [];
    const recommended = decision.choices.filter((choice) => choice.rating === 'recommended').length;
    return recommended > 0 && recommended < decision.choices.length ? [{ beatIndex, beat, decision }] : [];
  });
}

const share = (count: number, of: number): string => `${count} of ${of}`;

export function decisionPath(rated: RatedDecision): (string | number)[] {
  return ['beats', rated.beatIndex, 'decision'];
}

/** CR520: the recommended choice is the unique longest (label + description) in more than a third. */
export function longestTells(scenario: Scenario, rated: readonly RatedDecision[]): Found[] {
  const lang = scenario.languages[0];
  const tells = rated.flatMap((r) => {
    const lengths = r.decision.choices.map((choice) => choiceLength(choice, lang));
    const max = Math.max(...lengths);
    const longest = lengths.flatMap((length, at) => (length === max ? [at] : []));
    const at = longest[0]!;
    if (longest.length !== 1 || r.decision.choices[at]!.rating !== 'recommended') return [];
    const others = Math.max(...lengths.filter((_length, index) => index !== at));
    return [{ r, at, length: max, others }];
  });
  if (tells.length <= LONGEST_SHARE * rated.length) return [];
  return tells.map(({ r, at, length, others }): Found => {
    const choice = r.decision.choices[at]!;
    const path = [...decisionPath(r), 'choices', at];
    return {
      code: 'CR520',
      message: `the recommended choice is the longest in ${share(tells.length, rated.length)} rated decisions (more than a third): here '${choice.id}' has ${length} characters of label and description, the others at most ${others}. Shorten it, or write an alternative a competent colleague would argue for at the same length, so length does not point at the answer`,
      words: { key: 'CR520', values: { count: tells.length, of: rated.length, choice: choice.id, length, others } },
      path: [...path, 'label'],
      places: [decisionPath(r), path],
    };
  });
}

/** CR521: where the order is fixed, the recommended choice is listed first in more than half. */
export function firstTells(rated: readonly RatedDecision[]): Found[] {
  const fixed = rated.filter((r) => r.decision.order === 'fixed');
  const tells = fixed.filter((r) => r.decision.choices[0]!.rating === 'recommended');
  if (tells.length <= FIRST_SHARE * fixed.length) return [];
  return tells.map((r): Found => {
    const path = [...decisionPath(r), 'choices', 0];
    return {
      code: 'CR521',
      message: `the recommended choice is listed first in ${share(tells.length, fixed.length)} decisions whose order is fixed (more than half): here '${r.decision.choices[0]!.id}' in '${text(r.beat.title, undefined) || r.beat.id}'. Move it down the list, or let the game shuffle this decision (remove order: fixed) unless the order means something`,
      words: { key: 'CR521', values: { count: tells.length, of: fixed.length, choice: r.decision.choices[0]!.id, beat: text(r.beat.title, undefined) || r.beat.id } },
      path,
      places: [decisionPath(r), path],
    };
  });
}
