/**
 * An engine event, refused or applied, on either representation of the state (see store.ts). The
 * GameState rules, the packed rules and the xstate machine's guards all ask these.
 */
import { NO_NEXT, type Compiled } from './compiled';
import { applyChoice, detourOf, enterBeat, moveTo, pushOptionalInject } from './moves';
import type { Store } from './store';
import { ENDED, OFF_SCENARIO, refused, type Refusal } from './refusal';
import type { EngineEvent } from './types';

/** Why nothing can be done in the store's state (the exercise ended, or it is at no beat), or null. */
function finished<S extends Store>(compiled: Compiled<S>, store: S): Refusal | null {
  if (store.ending() >= 0) return ENDED;
  return compiled.beatAt[store.beat()] !== undefined ? null : OFF_SCENARIO;
}

/**
 * Why the player cannot take the choice with index `choice` (undefined for an id the scenario does
 * not have) in the store's state, or null.
 */
function choiceRefusal<S extends Store>(compiled: Compiled<S>, store: S, choice: number | undefined, id: string): Refusal | null {
  const ended = finished(compiled, store);
  if (ended !== null) return ended;
  const here = store.beat();
  const beat = compiled.scenario.beats[here]!;
  if (!beat.decision) return refused('noDecision', `beat '${beat.id}' has no decision; continue instead`, { beat: beat.id });
  if (choice === undefined || compiled.choiceBeat[choice] !== here) return refused('notAChoice', `'${id}' is not a choice at beat '${beat.id}'`, { choice: id, beat: beat.id });
  if (!compiled.tests.choice[choice]!(store)) {
    const condition = compiled.choiceList[choice]!.condition?.source ?? '';
    return refused('unavailable', `'${id}' is not available now (${condition})`, { choice: id, condition });
  }
  return null;
}

/** Why a push cannot open its detour now, or null (also null for an inject that opens none). */
function pushRefusal<S extends Store>(compiled: Compiled<S>, store: S, inject: string): Refusal | null {
  const detour = detourOf(compiled, inject);
  if (detour < 0) return null;
  if (store.returnTo() >= 0) {
    const beat = compiled.scenario.beats[store.beat()]!.id;
    return refused('detourOpen', `'${beat}' is open`, { beat });
  }
  if (compiled.beatChoices[detour]!.some((choice) => store.chose(choice))) {
    const beat = compiled.scenario.beats[detour]!.id;
    return refused('detourAnswered', `'${beat}' was answered`, { beat });
  }
  return null;
}

/** Takes an accepted choice (by index): the decision, then wherever the choice leads. */
export function takeChoice<S extends Store>(compiled: Compiled<S>, store: S, choice: number, expired: boolean): void {
  applyChoice(compiled, store, choice, expired);
  moveTo(compiled, store, compiled.choiceNext[choice]!);
}

/** Why `event` cannot be taken in the store's state, or null. Shared by both representations. */
export function refusalIn<S extends Store>(compiled: Compiled<S>, store: S, event: EngineEvent): Refusal | null {
  if (event.type === 'player.choose') return choiceRefusal(compiled, store, compiled.choiceIndex.get(event.choice), event.choice);
  const ended = finished(compiled, store);
  if (ended !== null) return ended;
  const here = store.beat();
  switch (event.type) {
    case 'clock.expire': {
      const beat = compiled.scenario.beats[here]!;
      const fallback = beat.decision?.defaultChoice;
      if (fallback === undefined) return refused('noDefault', `beat '${beat.id}' has no default choice`, { beat: beat.id });
      const choice = compiled.choiceIndex.get(fallback);
      if (choice === undefined || !compiled.tests.choice[choice]!(store))
        return refused('defaultUnavailable', `the default choice '${fallback}' is not available now`, { choice: fallback });
      return null;
    }
    case 'player.continue':
      if (compiled.beatDecides[here] || compiled.beatNext[here] === NO_NEXT) {
        const beat = compiled.scenario.beats[here]!.id;
        return refused('awaitsDecision', `beat '${beat}' waits for a decision`, { beat });
      }
      return null;
    case 'facilitator.inject':
      return compiled.optionalInjects.has(event.inject)
        ? pushRefusal(compiled, store, event.inject)
        : refused('notOptionalInject', `'${event.inject}' is not an optional inject`, { inject: event.inject });
    case 'facilitator.jump': {
      const beat = compiled.beats.get(event.beat);
      if (!beat) return refused('notABeat', `'${event.beat}' is not a beat`, { beat: event.beat });
      return beat.detour ? refused('detourByPush', `'${beat.id}' opens by a push`, { beat: beat.id }) : null;
    }
  }
}

/** Applies an accepted event to the store. */
export function applyIn<S extends Store>(compiled: Compiled<S>, store: S, event: EngineEvent): void {
  switch (event.type) {
    case 'player.choose':
    case 'clock.expire': {
      const id = event.type === 'player.choose' ? event.choice : compiled.scenario.beats[store.beat()]!.decision!.defaultChoice!;
      takeChoice(compiled, store, compiled.choiceIndex.get(id)!, event.type === 'clock.expire');
      break;
    }
    case 'player.continue':
      moveTo(compiled, store, compiled.beatNext[store.beat()]!);
      break;
    case 'facilitator.inject':
      pushOptionalInject(compiled, store, event.inject);
      break;
    case 'facilitator.jump':
      enterBeat(compiled, store, compiled.beatIndex.get(event.beat)!);
      break;
  }
}
