import type { Compiled } from './compiled';
import { holds } from './conditions';
import { type Draft, notify, writable, writableList } from './draft';
import { applyOutcomeTo, deliverInject } from './outcome';
import { rollChance } from './rng';
import { causeOf } from './cause';

/**
 * Runs the deadline clocks once at in-game hour `time`, in declaration order: an idle clock
 * whose `starts_when` holds starts; a running one is met when `met_when` holds in time, missed
 * once the hour is past its limit.
 */
export function settleDeadlines(compiled: Compiled, draft: Draft): void {
  const time = draft.time;
  for (const deadline of compiled.deadlines) {
    let clock = draft.deadlines[deadline.id];
    if (!clock || clock.status === 'idle') {
      if (!holds(deadline.startsWhen, draft)) continue;
      clock = { status: 'running', startedAt: time };
      writable(draft, 'deadlines')[deadline.id] = clock;
      notify(draft, { kind: 'deadline', deadline: deadline.id, status: 'running', time });
    }
    if (clock.status !== 'running') continue;
    const limit = (clock.startedAt ?? 0) + deadline.hours;
    if (time <= limit && holds(deadline.metWhen, draft)) {
      writable(draft, 'deadlines')[deadline.id] = { ...clock, status: 'met', resolvedAt: time };
      notify(draft, { kind: 'deadline', deadline: deadline.id, status: 'met', time });
      applyOutcomeTo(compiled, draft, deadline.onMet, causeOf('deadline', deadline.id));
    } else if (time > limit) {
      writable(draft, 'deadlines')[deadline.id] = { ...clock, status: 'missed', resolvedAt: time };
      notify(draft, { kind: 'deadline', deadline: deadline.id, status: 'missed', time });
      applyOutcomeTo(compiled, draft, deadline.onMissed, causeOf('deadline', deadline.id));
      if (deadline.missedInject) deliverInject(draft, deadline.missedInject, 'deadline');
    }
  }
}

/**
 * Checks each trigger not yet fired, in declaration order. Triggers with a `goto` are checked
 * only right after a beat is entered (`entering`): the first one that goes off ends the pass
 * and its beat is returned, to be entered instead; the triggers after it are checked when that
 * beat settles.
 */
export function settleTriggers(compiled: Compiled, draft: Draft, entering: boolean): string | null {
  const triggers = entering ? compiled.triggers : compiled.plainTriggers;
  for (const trigger of triggers) {
    if (draft.fired.includes(trigger.id) || !holds(trigger.when, draft)) continue;
    writableList(draft, 'fired').push(trigger.id);
    const rolled = trigger.chance < 1;
    const roll = rollChance(draft.rng, trigger.chance);
    draft.rng = roll.rng;
    notify(draft, { kind: 'trigger', trigger: trigger.id, rolled, fired: roll.hit });
    if (!roll.hit) continue;
    if (trigger.inject) deliverInject(draft, trigger.inject, 'trigger');
    applyOutcomeTo(compiled, draft, trigger.outcome, causeOf('trigger', trigger.id));
    if (trigger.goto !== undefined) return trigger.goto;
  }
  return null;
}

/** settle(t): deadlines, then triggers. Returns a beat to enter instead, if a trigger says so. */
export function settle(compiled: Compiled, draft: Draft, entering: boolean): string | null {
  settleDeadlines(compiled, draft);
  return settleTriggers(compiled, draft, entering);
}
