/**
 * The screens after the first decision (consequence, ending, debrief) with their words: a chunk
 * of their own, so the game's first download is only what the menu, the briefing and the war room
 * need. The first screen fetches them in the background (preloadLaterScenes); a move to one of
 * them before they have arrived waits for them (startScene in room-scene.ts), and a chunk that
 * cannot load reaches the start-up error screen as an unhandled rejection (startup-error.ts).
 */
import type Phaser from 'phaser';
import type { AppContext } from '../app-context';

const LATER: ReadonlySet<string> = new Set(['Consequence', 'Ending', 'Debrief']);

const loads = new WeakMap<Phaser.Game, Promise<void>>();

export function isLaterScene(key: string): boolean {
  return LATER.has(key);
}

/** Adds the later scenes to `game`, once; a failed download is tried again on the next call. */
export function loadLaterScenes(game: Phaser.Game, app: AppContext): Promise<void> {
  let load = loads.get(game);
  if (!load) {
    load = import('./later').then(
      ({ laterScenes }) => {
        for (const [key, Scene] of laterScenes) if (!game.scene.getScene(key)) game.scene.add(key, new Scene(app), false);
      },
      (error: unknown) => {
        loads.delete(game);
        throw error;
      },
    );
    loads.set(game, load);
  }
  return load;
}

/**
 * Fetches the later scenes once the current screen has had its frame: they are there before the
 * room decides, without competing with the first screen's own downloads. A failure here stays
 * quiet; the move that needs them tries again and shows it.
 */
export function preloadLaterScenes(game: Phaser.Game, app: AppContext): void {
  requestAnimationFrame(() => setTimeout(() => void loadLaterScenes(game, app).catch(() => undefined), 0));
}
