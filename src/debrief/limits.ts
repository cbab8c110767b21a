/**
 * Lasting caps and floors in the debrief: what put each one on a meter, and one sentence per
 * limit for the meters section, so a room sees why a late bonus did not lift a meter.
 */
import { parseCause } from '../engine/cause';
import type { GameState } from '../engine/types';
import type { Scenario } from '../scenario/types';
import type { DebriefReport } from './types';
import { causeLabel, choiceLabel } from './words';
import type { Translator } from '../i18n/translator';
import { debriefEnglish } from './debrief-english';


/** What a limit's `cause` was, in words; a deadline's says how it ended (missed, met, deficient). */
export function limitCause(scenario: Scenario, state: GameState, cause: string, lang?: string, tr: Translator = debriefEnglish): string {
  const { kind, id } = parseCause(cause);
  if (kind === 'choice') return tr.t('debrief.cause.theChoice', { choice: choiceLabel(scenario, id, lang) });
  const words = causeLabel(scenario, cause, lang, tr);
  if (kind !== 'deadline') return words;
  const status = state.deadlines[id]?.status;
  return status === 'missed' || status === 'deficient' ? tr.t(`debrief.limit.${status}`, { deadline: words }) : words;
}

/** One sentence per cap or floor in force at the end, meter by meter, in the order they began. */
export function limitLines(r: Pick<DebriefReport, 'meters'>, tr: Translator = debriefEnglish): string[] {
  return r.meters.flatMap((m) =>
    (m.limits ?? []).map((limit) =>
      tr.t(limit.bound === 'cap' ? 'debrief.limit.cap' : 'debrief.limit.floor', {
        meter: m.label,
        value: limit.value,
        time: limit.timeLabel,
        cause: limit.causeLabel,
      }),
    ),
  );
}
