/**
 * Projector view (issue #16, To build 1): the same screens, scaled for the back of a room. The
 * type follows the window's size, so a 1920x1080 projector and a 1024x768 one show the same
 * layout at the same physical size, and nothing collapses into one long scrolling column.
 *
 * Turned on by `?display=projector` (off by `?display=standard`) or by the war room's
 * "Projector view" switch; either is remembered in this browser, so a reload or the next
 * exercise on the same laptop keeps it. The stylesheet keys on `<html data-display>`.
 */
export type DisplayMode = 'standard' | 'projector';

const KEY = 'crisis-room.display';

export function isDisplayMode(value: unknown): value is DisplayMode {
  return value === 'projector' || value === 'standard';
}

function stored(): DisplayMode | null {
  try {
    const value = localStorage.getItem(KEY);
    return isDisplayMode(value) ? value : null;
  } catch {
    return null;
  }
}

/** The mode to start in: the address's wish (remembered), else the remembered one, else standard. */
export function initialDisplay(fromUrl: DisplayMode | null): DisplayMode {
  if (fromUrl) remember(fromUrl);
  return fromUrl ?? stored() ?? 'standard';
}

function remember(mode: DisplayMode): void {
  try {
    localStorage.setItem(KEY, mode);
  } catch {
    // Storage full or blocked: the mode still applies to this window.
  }
}

/** Shows every screen in `mode` and remembers it. */
export function applyDisplay(mode: DisplayMode, persist = false): void {
  document.documentElement.dataset.display = mode;
  if (persist) remember(mode);
}

export function currentDisplay(): DisplayMode {
  return document.documentElement.dataset.display === 'projector' ? 'projector' : 'standard';
}
