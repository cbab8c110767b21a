/**
 * What a consequence screen may show: the notices of a step up to the room's entry into the next
 * beat. What the next beat brings (its memo, a revised figure, the penalties of a contradicted
 * claim) belongs to the war room, where the room reads it in order (issue #16, point 8).
 */
import type { GameState, Notice } from '../engine/types';

/** The notices before the first `enter`, and the meter values they leave. */
export function beforeNextBeat(notices: readonly Notice[], before: GameState, after: GameState): { notices: readonly Notice[]; meters: Readonly<Record<string, number>> } {
  const cut = notices.findIndex((notice) => notice.kind === 'enter');
  if (cut < 0) return { notices, meters: after.meters };
  const shown = notices.slice(0, cut);
  const meters: Record<string, number> = { ...before.meters };
  for (const notice of shown) if (notice.kind === 'meter') meters[notice.meter] = notice.to;
  return { notices: shown, meters };
}
