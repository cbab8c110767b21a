/**
 * The moves a step is made of. Both `step` and the xstate machine's actions call these, so the
 * two cannot drift apart.
 */
import { END, type Choice } from '../scenario/types';
import type { Compiled } from './compiled';
import { holds } from './conditions';
import { type Draft, notify, writable, writableList } from './draft';
import { applyOutcomeTo, deliverInject, recordClaims } from './outcome';
import { settle } from './clocks';
import { causeOf } from './cause';

/**
 * Enters a beat: the clock moves to its hour (never back), its visit count goes up, its injects
 * arrive, `on_enter` applies, and the clocks settle. A trigger's `goto` enters that beat instead;
 * each trigger fires once, so this recursion is bounded by the number of triggers.
 */
export function enterBeat(compiled: Compiled, draft: Draft, beatId: string): void {
  const beat = compiled.beats.get(beatId);
  if (!beat) return;
  draft.beat = beat.id;
  if (beat.at > draft.time) draft.time = beat.at;
  const visits = writable(draft, 'visits');
  visits[beat.id] = (visits[beat.id] ?? 0) + 1;
  notify(draft, { kind: 'enter', beat: beat.id, time: draft.time });
  for (const inject of beat.injects) deliverInject(draft, inject, 'beat');
  applyOutcomeTo(compiled, draft, beat.onEnter, causeOf('beat', beat.id));
  const goto = settle(compiled, draft, true);
  if (goto !== null) enterBeat(compiled, draft, goto);
}

/** Sets the first ending whose condition holds, else the last (the fallback). */
export function resolveEnding(compiled: Compiled, draft: Draft): void {
  const { endings } = compiled.scenario;
  const ending = endings.find((candidate) => candidate.when !== undefined && holds(candidate.when, draft)) ?? endings.at(-1);
  if (!ending) return;
  draft.ending = ending.id;
  notify(draft, { kind: 'ending', ending: ending.id });
}

/** Goes where a choice or a Continue leads: another beat, or `end`. */
export function moveTo(compiled: Compiled, draft: Draft, next: string): void {
  if (next === END) resolveEnding(compiled, draft);
  else enterBeat(compiled, draft, next);
}

/** Reports the decision and adds the choice to `chosen`. */
export function recordDecision(draft: Draft, choice: Choice, expired: boolean): void {
  notify(draft, { kind: 'decision', beat: draft.beat, choice: choice.id, expired });
  writableList(draft, 'chosen').push(choice.id);
}

/** Applies a choice's outcome, then records its public claims. */
export function applyChoiceOutcome(compiled: Compiled, draft: Draft, choice: Choice): void {
  applyOutcomeTo(compiled, draft, choice.outcome, causeOf('choice', choice.id));
  recordClaims(draft, choice.claims, choice.id);
}

/** A decision, whole: record it, apply the choice, settle the clocks (no goto here). */
export function applyChoice(compiled: Compiled, draft: Draft, choice: Choice, expired: boolean): void {
  recordDecision(draft, choice, expired);
  applyChoiceOutcome(compiled, draft, choice);
  settle(compiled, draft, false);
}

/** A facilitator pushes an optional inject: it arrives and its outcome applies. */
export function deliverOptionalInject(compiled: Compiled, draft: Draft, injectId: string): void {
  const inject = compiled.optionalInjects.get(injectId);
  if (!inject) return;
  deliverInject(draft, inject, 'facilitator');
  applyOutcomeTo(compiled, draft, inject.outcome, causeOf('inject', inject.id));
}

/** An optional inject, whole: deliver it, then settle the clocks. */
export function pushOptionalInject(compiled: Compiled, draft: Draft, injectId: string): void {
  deliverOptionalInject(compiled, draft, injectId);
  settle(compiled, draft, false);
}
