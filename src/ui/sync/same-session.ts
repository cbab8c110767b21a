/**
 * Whether another projector window's snapshot is this very session, carried further: the same
 * scenario text and seed, and a log that begins with every entry this window has. Only such a
 * window may take the session over (issue #17, point 13); a stray or forged presence, update or
 * mismatching snapshot never silences a projector.
 */
import { sameJson } from '../../engine/save-shape.ts';
import type { LogEntry } from '../../engine/types.ts';
import type { Snapshot } from './protocol.ts';

export function continuesSession(snapshot: Snapshot, own: { readonly hash: string; readonly seed: number; readonly log: readonly LogEntry[] }): boolean {
  if (snapshot.scenario.hash !== own.hash || snapshot.seed !== own.seed) return false;
  if (snapshot.log.length < own.log.length) return false;
  return own.log.every((entry, index) => sameJson(entry, snapshot.log[index]));
}
