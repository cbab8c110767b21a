/**
 * A step works on a draft: the previous state's records are shared until the first write, which
 * copies only that record. States are never mutated; a step that changes one meter allocates one
 * meters object, not a whole new world. This is what keeps `step` cheap enough for analysis.
 */
import type { ClaimRecord, DeadlineState, GameState, Notice } from './types';

export interface Draft {
  beat: string;
  ending: string | null;
  time: number;
  meters: Readonly<Record<string, number>>;
  flags: Readonly<Record<string, boolean>>;
  facts: Readonly<Record<string, number>>;
  visits: Readonly<Record<string, number>>;
  chosen: readonly string[];
  deadlines: Readonly<Record<string, DeadlineState>>;
  fired: readonly string[];
  claims: readonly ClaimRecord[];
  rng: readonly number[];
  /** Bit set of the records this draft already owns (copied); see BITS. */
  owned: number;
  /** Collected notices, or null when the caller does not want them. */
  notices: Notice[] | null;
}

export function draftOf(state: GameState, wantNotices = true): Draft {
  // Spelled out rather than spread: one fixed object shape keeps property access monomorphic.
  return {
    beat: state.beat,
    ending: state.ending,
    time: state.time,
    meters: state.meters,
    flags: state.flags,
    facts: state.facts,
    visits: state.visits,
    chosen: state.chosen,
    deadlines: state.deadlines,
    fired: state.fired,
    claims: state.claims,
    rng: state.rng,
    owned: 0,
    notices: wantNotices ? [] : null,
  };
}

export function stateOf(draft: Draft): GameState {
  return {
    beat: draft.beat,
    ending: draft.ending,
    time: draft.time,
    meters: draft.meters,
    flags: draft.flags,
    facts: draft.facts,
    visits: draft.visits,
    chosen: draft.chosen,
    deadlines: draft.deadlines,
    fired: draft.fired,
    claims: draft.claims,
    rng: draft.rng,
  };
}

type RecordField = 'meters' | 'flags' | 'facts' | 'visits' | 'deadlines';
type ListField = 'chosen' | 'fired' | 'claims';

const BITS: Record<RecordField | ListField, number> = {
  meters: 1,
  flags: 2,
  facts: 4,
  visits: 8,
  deadlines: 16,
  chosen: 32,
  fired: 64,
  claims: 128,
};

function own(draft: Draft, field: RecordField | ListField): boolean {
  const bit = BITS[field];
  if (draft.owned & bit) return true;
  draft.owned |= bit;
  return false;
}

/** The draft's own copy of a record, made on first write. */
export function writable<F extends RecordField>(draft: Draft, field: F): Record<string, Draft[F][string]> {
  if (!own(draft, field)) draft[field] = { ...draft[field] } as Draft[F];
  return draft[field] as Record<string, Draft[F][string]>;
}

/** The draft's own copy of a list, made on first write. */
export function writableList<F extends ListField>(draft: Draft, field: F): Draft[F][number][] {
  if (!own(draft, field)) draft[field] = [...draft[field]] as Draft[F];
  return draft[field] as Draft[F][number][];
}

export function notify(draft: Draft, notice: Notice): void {
  draft.notices?.push(notice);
}
