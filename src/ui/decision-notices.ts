/**
 * What a consequence screen may show: the notices of a step up to the room's entry into the next
 * beat. What the next beat brings (its memo, a revised figure, the penalties of a contradicted
 * claim) belongs to the war room, where the room reads it in order (issue #16, point 8).
 */
import type { GameState, Notice } from '../engine/types';

/**
 * The notices before the first `enter`, and the meter values and the lasting caps and floors they
 * leave: a cap set by a deadline missed on the way into the next beat is news of that beat, so the
 * dials here must not show it before the war room tells it.
 */
export function beforeNextBeat(
  notices: readonly Notice[],
  before: GameState,
  after: GameState,
): { notices: readonly Notice[]; meters: Readonly<Record<string, number>>; caps: Readonly<Record<string, number>>; floors: Readonly<Record<string, number>>; time: number } {
  const cut = notices.findIndex((notice) => notice.kind === 'enter');
  if (cut < 0) return { notices, meters: after.meters, caps: after.caps ?? {}, floors: after.floors ?? {}, time: after.time };
  const shown = notices.slice(0, cut);
  const meters: Record<string, number> = { ...before.meters };
  const caps: Record<string, number> = { ...before.caps };
  const floors: Record<string, number> = { ...before.floors };
  for (const notice of shown) {
    if (notice.kind === 'meter') meters[notice.meter] = notice.to;
    if (notice.kind === 'limit') (notice.bound === 'cap' ? caps : floors)[notice.meter] = notice.value;
  }
  // The clock moves only on entering a beat, so what the decision did happened at the hour it was taken.
  return { notices: shown, meters, caps, floors, time: before.time };
}
