import type { Compiled } from './compiled';
import { applyOutcomeTo, deliverInject } from './outcome';
import { rollChance } from './rng';
import { DEADLINE_STATUSES, DEFICIENT, IDLE, MET, MISSED, RUNNING, type Store } from './store';

function reportDeadline<S extends Store>(compiled: Compiled<S>, store: S, deadline: number, status: number, time: number): void {
  const id = compiled.deadlines[deadline]!.id;
  store.notices?.push({ kind: 'deadline', deadline: id, status: DEADLINE_STATUSES[status] as 'running' | 'met' | 'missed' | 'deficient', time });
}

/**
 * Runs the deadline clocks once at the current in-game hour, in declaration order: an idle clock
 * whose `starts_when` holds starts; a running one is met when `met_when` holds by its due hour
 * (met deficiently when its `deficient_when` holds then too), missed once the hour is past it.
 * A miss is dated at the due hour, when it happened, not at the hour the rules noticed it.
 */
export function settleDeadlines<S extends Store>(compiled: Compiled<S>, store: S): void {
  const time = store.time();
  const { deadlines, tests } = compiled;
  for (let index = 0; index < deadlines.length; index++) {
    let status = store.deadline(index);
    if (status === IDLE) {
      if (!tests.startsWhen[index]!(store)) continue;
      store.setDeadline(index, RUNNING, time);
      reportDeadline(compiled, store, index, RUNNING, time);
      status = RUNNING;
    }
    if (status !== RUNNING) continue;
    const limit = compiled.deadlineDue(index, store.deadlineStart(index));
    if (time <= limit && tests.metWhen[index]!(store)) {
      const deficient = tests.deficientWhen[index];
      if (deficient && deficient(store)) {
        store.setDeadline(index, DEFICIENT, time);
        reportDeadline(compiled, store, index, DEFICIENT, time);
        applyOutcomeTo(compiled, store, compiled.deadlineDeficient[index]!);
        const deficientInject = compiled.deadlineDeficientInject[index];
        if (deficientInject) deliverInject(store, deficientInject, 'deadline');
        continue;
      }
      store.setDeadline(index, MET, time);
      reportDeadline(compiled, store, index, MET, time);
      applyOutcomeTo(compiled, store, compiled.deadlineMet[index]!);
    } else if (time > limit) {
      store.setDeadline(index, MISSED, limit);
      reportDeadline(compiled, store, index, MISSED, limit);
      applyOutcomeTo(compiled, store, compiled.deadlineMissed[index]!);
      const missedInject = compiled.deadlineMissedInject[index];
      if (missedInject) deliverInject(store, missedInject, 'deadline');
    }
  }
}

/**
 * Checks each trigger not yet fired, in declaration order. Triggers with a `goto` are checked
 * only right after a beat is entered (`entering`): the first one that goes off ends the pass
 * and its beat (index) is returned, to be entered instead; the triggers after it are checked when
 * that beat settles. Returns -1 when no trigger sends the team elsewhere.
 */
export function settleTriggers<S extends Store>(compiled: Compiled<S>, store: S, entering: boolean): number {
  const list = entering ? compiled.allTriggers : compiled.plainTriggers;
  for (const index of list) {
    if (store.fired(index) || !compiled.tests.trigger[index]!(store)) continue;
    store.fire(index);
    const chance = compiled.triggerChance[index]!;
    const rolled = chance < 1;
    let hit = true;
    if (rolled) {
      const roll = rollChance(store.rng(), chance);
      store.setRng(roll.rng);
      hit = roll.hit;
    }
    store.notices?.push({ kind: 'trigger', trigger: compiled.triggers[index]!.id, rolled, fired: hit });
    if (!hit) continue;
    const inject = compiled.triggerInject[index];
    if (inject) deliverInject(store, inject, 'trigger');
    applyOutcomeTo(compiled, store, compiled.triggerOutcome[index]!);
    const goto = compiled.triggerGoto[index]!;
    if (goto >= 0) return goto;
  }
  return -1;
}

/** settle(t): deadlines, then triggers. Returns a beat to enter instead (index), or -1. */
export function settle<S extends Store>(compiled: Compiled<S>, store: S, entering: boolean): number {
  settleDeadlines(compiled, store);
  return settleTriggers(compiled, store, entering);
}
