/**
 * The facilitator's switch for the expert feedback on the projector (issue #16, "To build" 3):
 * right after a decision the room sees the rating, the feedback and its references, or they are
 * kept for the debrief (which always shows them). It belongs to the session: it is kept beside
 * its save, so a reload keeps it, and a console changes it over the PIN-signed link.
 */
import { readReveal, writeReveal } from './save-store';

/**
 * What a session shows before the facilitator touches the switch.
 *
 * Trainee mode (a link with `?team=`: teams play on their own screens and are compared): kept for
 * the debrief, so no team learns the answer key halfway and its later decisions, and its score,
 * measure the team rather than the ratings it has already seen.
 *
 * A plain single-projector session: shown. The instructor runs the room from the very screen the
 * room reads, often without a second screen for the console; the minute after a decision is when
 * they talk it through, and the expert's view on that screen is what they talk about. An
 * instructor who wants the room to play blind flips the switch in the console once.
 */
export const revealByDefault = (trainee: boolean): boolean => !trainee;

export interface FeedbackReveal {
  revealed(): boolean;
  reveal(shown: boolean): void;
  /** Calls `listener` on every change (the consequence screen redraws); returns the way to stop. */
  watch(listener: (shown: boolean) => void): () => void;
}

/** The switch of the session stored in `slot`, as last set there, else the mode's default. */
export function feedbackReveal(slot: string, trainee: boolean, storage?: Storage): FeedbackReveal {
  let shown = readReveal(slot, storage) ?? revealByDefault(trainee);
  const listeners = new Set<(shown: boolean) => void>();
  return {
    revealed: () => shown,
    reveal(next) {
      shown = next;
      writeReveal(slot, next, storage);
      for (const listener of listeners) listener(next);
    },
    watch(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
