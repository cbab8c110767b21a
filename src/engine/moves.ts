/**
 * The moves a step is made of, written once against the Store. `step` runs them on the object
 * draft or the packed state, and the xstate machine's actions call them too, so none of these can
 * drift apart.
 */
import { END_INDEX, RETURN_INDEX, type Compiled } from './compiled';
import { applyOutcomeTo, deliverInject, recordClaims } from './outcome';
import { settle } from './clocks';
import type { Store } from './store';
import { pickCase } from './text-cases';

/**
 * Enters a beat (by index): the clock moves to its hour (never back), or on by its hours when the
 * beat's time is relative to the hour of entry (`at: "+24"`), its visit count goes up,
 * its injects arrive, `on_enter` applies, and the clocks settle. A trigger's `goto` enters that
 * beat instead; each trigger fires once, so this recursion is bounded by the number of triggers.
 */
export function enterBeat<S extends Store>(compiled: Compiled<S>, store: S, beatIndex: number): void {
  const at = compiled.beatAt[beatIndex];
  if (at === undefined) return;
  // A trigger's goto or a facilitator's jump out of an open detour abandons it: play is elsewhere now.
  if (store.returnTo() >= 0 && !compiled.scenario.beats[beatIndex]!.detour) store.setReturnTo(-1);
  store.setBeat(beatIndex);
  const after = compiled.beatAfter[beatIndex]!;
  if (after > 0) store.setTime(store.time() + after);
  else if (at > store.time()) store.setTime(at);
  store.visit(beatIndex);
  store.notices?.push({ kind: 'enter', beat: compiled.scenario.beats[beatIndex]!.id, time: store.time() });
  for (const inject of compiled.beatInjects[beatIndex]!) deliverInject(store, inject, 'beat');
  applyOutcomeTo(compiled, store, compiled.onEnter[beatIndex]!);
  const goto = settle(compiled, store, true);
  if (goto >= 0) enterBeat(compiled, store, goto);
}

/** Sets the first ending whose condition holds, else the last (the fallback). */
export function resolveEnding<S extends Store>(compiled: Compiled<S>, store: S): void {
  const tests = compiled.tests.ending;
  let found = tests.length - 1;
  for (let index = 0; index < tests.length; index++) {
    const test = tests[index];
    if (test && test(store)) {
      found = index;
      break;
    }
  }
  if (found < 0) return;
  store.setEnding(found);
  if (!store.notices) return;
  const epilogueCase = pickCase(compiled.epilogueCases[found]!, store);
  store.notices.push({ kind: 'ending', ending: compiled.scenario.endings[found]!.id, ...(epilogueCase !== undefined && { epilogueCase }) });
}

/**
 * Goes where a choice or a Continue leads (see `Compiled.choiceNext`): another beat, `end`, or
 * back from a detour.
 */
export function moveTo<S extends Store>(compiled: Compiled<S>, store: S, next: number): void {
  if (next === END_INDEX) resolveEnding(compiled, store);
  else if (next === RETURN_INDEX) returnFromDetour(compiled, store);
  else enterBeat(compiled, store, next);
}

/**
 * A detour's decision is answered: play carries on at the beat the push interrupted, as it was.
 * That beat is not entered again (no visit, no injects, no on_enter), so its decision, injects and
 * clocks stand where the push found them.
 */
export function returnFromDetour<S extends Store>(compiled: Compiled<S>, store: S): void {
  const back = store.returnTo();
  if (back < 0) return;
  store.setReturnTo(-1);
  store.setBeat(back);
  store.notices?.push({ kind: 'return', beat: compiled.scenario.beats[back]!.id });
}

/** The index of the detour beat an optional inject opens, or -1. */
export const detourOf = (compiled: Pick<Compiled, 'beatIndex' | 'optionalInjects'>, injectId: string): number => compiled.beatIndex.get(compiled.optionalInjects.get(injectId)?.opens ?? '') ?? -1;

/** A pushed inject that `opens` a detour: the current beat waits while the detour is entered. */
function openDetour<S extends Store>(compiled: Compiled<S>, store: S, injectId: string): void {
  const detour = detourOf(compiled, injectId);
  if (detour < 0) return;
  store.setReturnTo(store.beat());
  enterBeat(compiled, store, detour);
}

/** Reports the decision and records the choice (by index). */
export function recordDecision<S extends Store>(compiled: Compiled<S>, store: S, choice: number, expired: boolean): void {
  store.notices?.push({ kind: 'decision', beat: compiled.scenario.beats[store.beat()]?.id ?? '', choice: compiled.choiceList[choice]!.id, expired });
  store.recordChoice(choice);
}

/**
 * Applies a choice's outcome, then records its public claims, then picks its conditional feedback
 * and outcome story, both against the same state: the one the choice made, before any clock settles.
 */
export function applyChoiceOutcome<S extends Store>(compiled: Compiled<S>, store: S, choice: number): void {
  applyOutcomeTo(compiled, store, compiled.choiceOutcome[choice]!);
  recordClaims(compiled, store, choice);
  if (!store.notices) return;
  const id = compiled.choiceList[choice]!.id;
  const feedback = compiled.feedbackCases[choice]!;
  if (feedback !== null) {
    const feedbackCase = pickCase(feedback, store);
    store.notices.push({ kind: 'feedback', choice: id, ...(feedbackCase !== undefined && { feedbackCase }) });
  }
  const story = compiled.consequenceCases[choice]!;
  if (story !== null) {
    const consequenceCase = pickCase(story, store);
    store.notices.push({ kind: 'consequence', choice: id, ...(consequenceCase !== undefined && { consequenceCase }) });
  }
}

/** A decision, whole: record it, apply the choice, settle the clocks (no goto here). */
export function applyChoice<S extends Store>(compiled: Compiled<S>, store: S, choice: number, expired: boolean): void {
  recordDecision(compiled, store, choice, expired);
  applyChoiceOutcome(compiled, store, choice);
  settle(compiled, store, false);
}

/** A facilitator pushes an optional inject: it arrives and its outcome applies. */
function deliverOptionalInject<S extends Store>(compiled: Compiled<S>, store: S, injectId: string): void {
  const inject = compiled.optionalInjectRefs.get(injectId);
  const outcome = compiled.injectOutcome.get(injectId);
  if (!inject || !outcome) return;
  deliverInject(store, inject, 'facilitator');
  applyOutcomeTo(compiled, store, outcome);
}

/** An optional inject, whole: deliver it, settle the clocks, then open its detour if it has one. */
export function pushOptionalInject<S extends Store>(compiled: Compiled<S>, store: S, injectId: string): void {
  deliverOptionalInject(compiled, store, injectId);
  settle(compiled, store, false);
  openDetour(compiled, store, injectId);
}
