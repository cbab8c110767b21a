import type { Scenario } from './types.ts';
import type { Reporter } from './report.ts';
import { said } from './said.ts';

/** Beats have a decision or a next (CR407); timed decisions have a valid default (CR404-406); endings end with a fallback (CR408-409). */
export function checkStructure(s: Scenario, reporter: Reporter): void {
  s.beats.forEach((beat, i) => {
    const path = ['beats', i];
    if (beat.decision === undefined && beat.next === undefined) {
      reporter.error(
        'CR407',
        said('CR407.neither', `beat '${beat.id}' has neither a decision nor a next; add one, so the team can move on`, { id: beat.id }),
        [...path, 'id'],
      );
    } else if (beat.decision !== undefined && beat.next !== undefined) {
      reporter.error(
        'CR407',
        said('CR407.both', `beat '${beat.id}' has a decision and a next; choices say where they lead, so remove next`, { id: beat.id }),
        [...path, 'next'],
        'key',
      );
    }
    const d = beat.decision;
    if (d === undefined) return;
    const dp = [...path, 'decision'];
    if (d.timeLimit !== undefined && d.defaultChoice === undefined) {
      reporter.error(
        'CR404',
        said('CR404', `the decision in beat '${beat.id}' has a time_limit but no default; add default: <choice id> for when time runs out`, { id: beat.id }),
        [...dp, 'time_limit'],
        'key',
      );
    }
    if (d.defaultChoice === undefined) return;
    const chosen = d.choices.find((c) => c.id === d.defaultChoice);
    if (chosen === undefined) {
      const ids = d.choices.map((c) => c.id).filter((id) => id !== '');
      reporter.error(
        'CR405',
        said('CR405', `default '${d.defaultChoice}' is not a choice of this decision; use one of: ${ids.join(', ')}`, { id: d.defaultChoice, valid: ids.join(', ') }),
        [...dp, 'default'],
      );
    } else if (chosen.condition !== undefined) {
      reporter.error(
        'CR406',
        said('CR406', `default '${d.defaultChoice}' has an if; the choice taken when time runs out must always be available`, { id: d.defaultChoice }),
        [...dp, 'default'],
      );
    }
  });
  const last = s.endings.length - 1;
  s.endings.forEach((ending, i) => {
    if (i === last && ending.when !== undefined) {
      reporter.error(
        'CR408',
        said('CR408', `the last ending, '${ending.id}', has a when; the last ending is the fallback: remove its when or add an ending without one`, { id: ending.id }),
        ['endings', i, 'when'],
        'key',
      );
    } else if (i < last && ending.when === undefined) {
      reporter.error(
        'CR409',
        said('CR409', `ending '${ending.id}' has no when, so the endings after it can never be reached; only the last ending may omit when`, { id: ending.id }),
        ['endings', i, 'id'],
      );
    }
  });
}
