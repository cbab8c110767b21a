/**
 * The projector view as a switch of the session (issue #16, point 3 of this round): the war
 * room's button, the menu's, and a controlling console's `display` command all flip it. It is kept
 * beside the session's save, so resuming the session brings its view back; the browser also
 * remembers the last choice, which the menu and the next new session start in (display-mode.ts).
 */
import { applyDisplay, currentDisplay, isDisplayMode, type DisplayMode } from './display-mode';
import { readDisplay, writeDisplay } from './save-store';
import type { DisplaySwitch } from './sync/room-switches';

export interface SessionDisplay extends DisplaySwitch {
  /** Calls `listener` after every change (the war room redraws at the new size); returns the way to stop. */
  watch(listener: (mode: DisplayMode) => void): () => void;
}

/**
 * The view of the session stored in `slot`. `wanted` is the address's `?display=`, which wins over
 * what the session kept; without either the session takes the view the window is in.
 */
export function sessionDisplay(slot: string, wanted: DisplayMode | null, storage?: Storage): SessionDisplay {
  const kept = readDisplay(slot, storage);
  const mode = wanted ?? (isDisplayMode(kept) ? kept : currentDisplay());
  applyDisplay(mode);
  writeDisplay(slot, mode, storage);
  const listeners = new Set<(mode: DisplayMode) => void>();
  return {
    current: currentDisplay,
    show(next) {
      applyDisplay(next, true);
      writeDisplay(slot, next, storage);
      // The canvas's panels and dials follow the DOM on a resize (layout-watch.ts).
      window.dispatchEvent(new Event('resize'));
      for (const listener of [...listeners]) listener(next);
    },
    watch(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
