/**
 * One seeded playthrough on packed states, from the start to an ending or to why it stopped: the
 * loop `randomtest` and the witness sampler share. They differ only in how they pick a choice and
 * what they note along the way.
 */
import { NO_NEXT } from '../engine/compiled';
import type { PackedRules } from '../engine/packed';
import type { PackedStore } from '../engine/packed-store';
import type { Refusal } from '../engine/refusal';
import type { EngineEvent } from '../engine/types';
import type { Choice } from '../scenario/types';
import { offeredChoices } from './offered';

/** How a playthrough ended: at an ending, or stopped (with the beat, by index, where it stopped). */
export type PlaythroughEnd =
  | { readonly kind: 'ending' }
  | { readonly kind: 'no-choice' | 'no-next'; readonly beat: number }
  | { readonly kind: 'refused'; readonly beat: number; readonly refusal: Refusal }
  | { readonly kind: 'too-long'; readonly beat: number };

export interface Player {
  /** Picks one of the offered choices (at least one is offered), by id. */
  pick(offered: readonly Choice[]): string;
  /** Hears that the start beat was entered (with whatever a trigger's goto entered at once). */
  started?(): void;
  /** Hears every step taken: the choice's id, or null for a Continue. */
  stepped?(choice: string | null): void;
}

const CONTINUE: EngineEvent = { type: 'player.continue' };
const ENDED: PlaythroughEnd = { kind: 'ending' };

/** The events of a scenario's choices, made once: a playthrough sends one every step. */
export function choiceEvents(packed: PackedRules): readonly EngineEvent[] {
  return packed.compiled.choiceList.map((choice): EngineEvent => ({ type: 'player.choose', choice: choice.id }));
}

/** Plays from the start for `seed` in `store` until an ending, a dead end, a refusal or `maxSteps`. */
export function playThrough(packed: PackedRules, store: PackedStore, seed: number, events: readonly EngineEvent[], maxSteps: number, player: Player): PlaythroughEnd {
  const { compiled } = packed;
  packed.initial(store, seed);
  player.started?.();
  for (let steps = 0; store.ending() < 0; steps++) {
    const beat = store.beat();
    if (steps >= maxSteps) return { kind: 'too-long', beat };
    let event = CONTINUE;
    let choice: string | null = null;
    if (compiled.beatDecides[beat]) {
      const offered = offeredChoices(compiled, store);
      if (offered.length === 0) return { kind: 'no-choice', beat };
      choice = player.pick(offered);
      event = events[compiled.choiceIndex.get(choice)!]!;
    } else if (compiled.beatNext[beat] === NO_NEXT) return { kind: 'no-next', beat };
    const refusal = packed.refusal(store, event);
    if (refusal !== null) return { kind: 'refused', beat, refusal };
    packed.apply(store, event);
    player.stepped?.(choice);
  }
  return ENDED;
}
