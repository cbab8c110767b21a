/**
 * The comparison's grid (issue #16, To build 5): every beat any team decided at, in the order the
 * teams came to them, with each team's choice there side by side. Rows where the teams did not
 * all choose alike are where their paths diverged; a team that never decided at a beat either
 * ended early or went another way, and the grid says which.
 */
import type { Translator } from '../i18n/translator';
import type { Rating } from '../scenario/types';
import { debriefEnglish } from './debrief-english';

export interface PathStep {
  readonly beat: string;
  readonly beatTitle: string;
  readonly choice: string;
  readonly label: string;
  readonly rating: Rating | null;
  /** The clock ran out and the default was taken. */
  readonly expired: boolean;
}

/** A beat a team did not decide at: its run ended before it, or its path went elsewhere. */
export type GridGap = 'ended' | 'elsewhere';

export interface GridCell extends PathStep {
  /** The team's decision number at this beat (1-based). */
  readonly decision: number;
}

export interface GridRow {
  readonly beat: string;
  readonly beatTitle: string;
  /** One per team, in the comparison's team order. */
  readonly cells: readonly (GridCell | GridGap)[];
  /** Every team still playing decided here, and all chose alike. */
  readonly alike: boolean;
  /** The first row where the teams did not all choose alike. */
  readonly firstSplit: boolean;
}

export interface GridTeam {
  readonly path: readonly PathStep[];
  /** The run ended before any ending. */
  readonly partial: boolean;
}

/** Beats in the order the teams reached them: decision by decision, team by team. */
function beatOrder(teams: readonly GridTeam[]): PathStep[] {
  const seen = new Map<string, PathStep>();
  const longest = Math.max(0, ...teams.map((t) => t.path.length));
  for (let i = 0; i < longest; i++)
    for (const t of teams) {
      const step = t.path[i];
      if (step && !seen.has(step.beat)) seen.set(step.beat, step);
    }
  return [...seen.values()];
}

export function choiceGrid(teams: readonly GridTeam[]): GridRow[] {
  let split = false;
  return beatOrder(teams).map(({ beat, beatTitle }) => {
    const cells = teams.map((t): GridCell | GridGap => {
      const at = t.path.findIndex((s) => s.beat === beat);
      const step = t.path[at];
      if (step) return { ...step, decision: at + 1 };
      return t.partial ? 'ended' : 'elsewhere';
    });
    // A run that ended early did not choose otherwise: only the teams still playing are weighed.
    const playing = cells.filter((c) => c !== 'ended');
    const first = playing[0];
    const alike = playing.every(
      (c) => typeof c !== 'string' && typeof first !== 'string' && c.choice === first?.choice,
    );
    const firstSplit = !alike && !split;
    if (firstSplit) split = true;
    return { beat, beatTitle, cells, alike, firstSplit };
  });
}

/** The first beat where the teams still playing did not all choose alike (the grid's first split). */
export interface Divergence {
  /** The decision number at which the first team to decide there came to it (1-based). */
  readonly index: number;
  readonly beat: string;
  readonly beatTitle: string;
  /** Each team's choice there, or why it has none, in the comparison's team order. */
  readonly choices: readonly { readonly team: string; readonly label: string }[];
}

/**
 * Where the paths diverged, read off the grid: the one place that decides it, so the section and
 * the grid never disagree (a run that ended early is never counted as choosing otherwise).
 */
export function divergenceOf(rows: readonly GridRow[], teams: readonly string[], tr: Translator = debriefEnglish): Divergence | null {
  const row = rows.find((r) => r.firstSplit);
  if (!row) return null;
  const decided = row.cells.filter((c): c is GridCell => typeof c !== 'string');
  return {
    index: Math.min(...decided.map((c) => c.decision)),
    beat: row.beat,
    beatTitle: row.beatTitle,
    choices: row.cells.map((c, k) => ({ team: teams[k] ?? '', label: typeof c === 'string' ? gapWords(c, tr) : c.label })),
  };
}

/** What a gap in the grid means, in the report's language. */
export const gapWords = (gap: GridGap, tr: Translator = debriefEnglish): string => tr.t(`debrief.gap.${gap}`);
