/**
 * Lasting caps and floors in the debrief: what put each one on a meter, and one sentence per
 * limit for the meters section, so a room sees why a late bonus did not lift a meter.
 */
import { parseCause } from '../engine/cause';
import type { GameState } from '../engine/types';
import type { Scenario } from '../scenario/types';
import type { DebriefReport } from './types';
import { causeLabel, choiceLabel } from './words';

/** What a limit's `cause` was, in words; a deadline's says how it ended (missed, met, deficient). */
export function limitCause(scenario: Scenario, state: GameState, cause: string, lang?: string): string {
  const { kind, id } = parseCause(cause);
  if (kind === 'choice') return `the choice "${choiceLabel(scenario, id, lang)}"`;
  const words = causeLabel(scenario, cause, lang);
  if (kind !== 'deadline') return words;
  const status = state.deadlines[id]?.status;
  return status === 'missed' ? `${words} being missed` : status === 'deficient' ? `${words} being met deficiently` : words;
}

/** One sentence per cap or floor in force at the end, meter by meter, in the order they began. */
export function limitLines(r: Pick<DebriefReport, 'meters'>): string[] {
  return r.meters.flatMap((m) =>
    (m.limits ?? []).map(
      (limit) =>
        `${m.label} ${limit.bound === 'cap' ? 'capped at' : 'held at least at'} ${limit.value} from ${limit.timeLabel}, after ${limit.causeLabel}; ${limit.bound === 'cap' ? 'no later gain could lift it higher' : 'no later loss could take it lower'}.`,
    ),
  );
}
