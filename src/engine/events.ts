/**
 * An engine event, refused or applied, on either representation of the state (see store.ts). The
 * GameState rules, the packed rules and the xstate machine's guards all ask these.
 */
import { NO_NEXT, type Compiled } from './compiled';
import { applyChoice, detourOf, enterBeat, moveTo, pushOptionalInject } from './moves';
import type { Store } from './store';
import type { EngineEvent } from './types';

/** Why nothing can be done in the store's state (the exercise ended, or it is at no beat), or null. */
function finished<S extends Store>(compiled: Compiled<S>, store: S): string | null {
  if (store.ending() >= 0) return 'the exercise has ended';
  return compiled.beatAt[store.beat()] !== undefined ? null : 'the current beat is not in this scenario';
}

/**
 * Why the player cannot take the choice with index `choice` (undefined for an id the scenario does
 * not have) in the store's state, or null.
 */
function choiceRefusal<S extends Store>(compiled: Compiled<S>, store: S, choice: number | undefined, id: string): string | null {
  const ended = finished(compiled, store);
  if (ended !== null) return ended;
  const here = store.beat();
  const beat = compiled.scenario.beats[here]!;
  if (!beat.decision) return `beat '${beat.id}' has no decision; continue instead`;
  if (choice === undefined || compiled.choiceBeat[choice] !== here) return `'${id}' is not a choice at beat '${beat.id}'`;
  if (!compiled.tests.choice[choice]!(store)) return `'${id}' is not available now (${compiled.choiceList[choice]!.condition?.source ?? ''})`;
  return null;
}

/** Why a push cannot open its detour now, or null (also null for an inject that opens none). */
function pushRefusal<S extends Store>(compiled: Compiled<S>, store: S, inject: string): string | null {
  const detour = detourOf(compiled, inject);
  if (detour < 0) return null;
  if (store.returnTo() >= 0) return `'${compiled.scenario.beats[store.beat()]!.id}' is open`;
  if (compiled.beatChoices[detour]!.some((choice) => store.chose(choice))) return `'${compiled.scenario.beats[detour]!.id}' was answered`;
  return null;
}

/** Takes an accepted choice (by index): the decision, then wherever the choice leads. */
export function takeChoice<S extends Store>(compiled: Compiled<S>, store: S, choice: number, expired: boolean): void {
  applyChoice(compiled, store, choice, expired);
  moveTo(compiled, store, compiled.choiceNext[choice]!);
}

/** Why `event` cannot be taken in the store's state, or null. Shared by both representations. */
export function refusalIn<S extends Store>(compiled: Compiled<S>, store: S, event: EngineEvent): string | null {
  if (event.type === 'player.choose') return choiceRefusal(compiled, store, compiled.choiceIndex.get(event.choice), event.choice);
  const ended = finished(compiled, store);
  if (ended !== null) return ended;
  const here = store.beat();
  switch (event.type) {
    case 'clock.expire': {
      const beat = compiled.scenario.beats[here]!;
      const fallback = beat.decision?.defaultChoice;
      if (fallback === undefined) return `beat '${beat.id}' has no default choice`;
      const choice = compiled.choiceIndex.get(fallback);
      if (choice === undefined || !compiled.tests.choice[choice]!(store)) return `the default choice '${fallback}' is not available now`;
      return null;
    }
    case 'player.continue':
      if (compiled.beatDecides[here] || compiled.beatNext[here] === NO_NEXT) return `beat '${compiled.scenario.beats[here]!.id}' waits for a decision`;
      return null;
    case 'facilitator.inject':
      return compiled.optionalInjects.has(event.inject) ? pushRefusal(compiled, store, event.inject) : `'${event.inject}' is not an optional inject`;
    case 'facilitator.jump': {
      const beat = compiled.beats.get(event.beat);
      if (!beat) return `'${event.beat}' is not a beat`;
      return beat.detour ? `'${beat.id}' opens by a push` : null;
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
