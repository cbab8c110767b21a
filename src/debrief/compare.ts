/**
 * Several teams' debrief exports of the same scenario side by side: scores and endings, each
 * team's choice at every beat and where their paths parted, and each meter's curves overlaid.
 * The Markdown and CSV of a comparison are in compare-export.ts.
 */
import type { Translator } from '../i18n/translator';
import { debriefEnglish } from './debrief-english';
import { choiceGrid, divergenceOf, type Divergence, type GridRow, type PathStep } from './compare-grid';
import type { DebriefReport, ObjectiveRating, SeriesPoint } from './types';
import type { Unverified } from './verify';

export interface NamedReport {
  /** Where it came from (a file name), for messages and as a fallback team name. */
  readonly source: string;
  readonly report: DebriefReport;
}

export interface TeamColumn {
  readonly name: string;
  readonly source: string;
  readonly overall: number;
  /** The run ended before any ending: its score is partial and must not be ranked beside complete runs. */
  readonly partial: boolean;
  readonly decisions: number;
  readonly objectives: number;
  readonly ending: number;
  readonly endingTitle: string;
  readonly tone: string;
  readonly categories: readonly (number | null)[];
  /** Each objective's rating; null when the team's run ended before it could be judged. */
  readonly ratings: readonly (ObjectiveRating | null)[];
  readonly deadlinesMet: number;
  readonly deadlinesMissed: number;
  /** Deadlines met in time but deficiently (a filing that fell short): neither met nor missed. */
  readonly deadlinesDeficient: number;
  readonly claimsContradicted: number;
  readonly minutes: number;
  readonly path: readonly PathStep[];
}

/** An export that could not be replayed: named in the comparison, never scored. */
export interface UnverifiedTeam extends Unverified {
  readonly source: string;
}

export interface Comparison {
  readonly scenarioId: string;
  readonly title: string;
  readonly version: string;
  readonly categories: readonly { readonly id: string; readonly label: string }[];
  readonly objectives: readonly { readonly id: string; readonly label: string }[];
  readonly teams: readonly TeamColumn[];
  /** The first decision where the teams still playing did not all choose alike; null when none. */
  readonly divergence: Divergence | null;
  readonly meters: readonly {
    readonly id: string;
    readonly label: string;
    readonly min: number;
    readonly max: number;
    readonly teams: readonly { readonly team: string; readonly points: readonly SeriesPoint[] }[];
  }[];
  /** Each team's choice at every beat any team decided at (compare-grid.ts). */
  readonly grid: readonly GridRow[];
  /** Exports left out because they could not be replayed; listed so no one thinks them lost. */
  readonly unverified: readonly UnverifiedTeam[];
}

export type CompareResult =
  | { readonly ok: true; readonly comparison: Comparison }
  | { readonly ok: false; readonly message: string };

/** The comparison in the reports' language: `tr` words its gaps, a missing ending and why it cannot compare. */
export function compareReports(
  inputs: readonly NamedReport[],
  unverified: readonly UnverifiedTeam[] = [],
  tr: Translator = debriefEnglish,
): CompareResult {
  const first = inputs[0];
  if (!first) return { ok: false, message: tr.t('debrief.compare.none') };
  const base = first.report.overview;
  for (const { source, report } of inputs.slice(1)) {
    const o = report.overview;
    if (o.scenarioId !== base.scenarioId) {
      return {
        ok: false,
        message: tr.t('debrief.compare.otherScenario', { source, id: o.scenarioId, first: first.source, firstId: base.scenarioId }),
      };
    }
    if (o.version !== base.version || o.hash !== base.hash) {
      return {
        ok: false,
        message: tr.t('debrief.compare.otherVersion', {
          source,
          version: o.version,
          id: o.scenarioId,
          hash: o.hash.slice(0, 12),
          first: first.source,
          firstVersion: base.version,
          firstHash: base.hash.slice(0, 12),
        }),
      };
    }
  }
  const used = new Map<string, number>();
  const names = inputs.map(({ source, report }) => {
    const name = report.overview.team || source;
    const n = (used.get(name) ?? 0) + 1;
    used.set(name, n);
    return n === 1 ? name : `${name} (${n})`;
  });
  const categories = first.report.score.categories.map((c) => ({ id: c.id, label: c.label }));
  const objectives = first.report.score.rubric.map((o) => ({ id: o.id, label: o.label }));
  const teams: TeamColumn[] = inputs.map(({ source, report }, i) => {
    const s = report.score;
    return {
      name: names[i] ?? source,
      source,
      overall: s.overall,
      partial: s.partial === true,
      decisions: s.decisions,
      objectives: s.objectives,
      ending: s.ending,
      endingTitle: report.ending?.title ?? tr.t('debrief.compare.noEnding'),
      tone: report.ending?.tone ?? '',
      categories: categories.map((c) => s.categories.find((x) => x.id === c.id)?.points ?? null),
      ratings: objectives.map((o) => {
        const found = s.rubric.find((x) => x.id === o.id);
        // An objective a run ended early could not judge has no rating to set beside the others.
        return found === undefined ? 'U' : found.unjudged === true ? null : found.rating;
      }),
      deadlinesMet: report.deadlines.filter((d) => d.status === 'met').length,
      deadlinesMissed: report.deadlines.filter((d) => d.status === 'missed').length,
      deadlinesDeficient: report.deadlines.filter((d) => d.status === 'deficient').length,
      claimsContradicted: report.claims.filter((c) => c.contradicted !== null).length,
      minutes: report.overview.minutes,
      path: report.decisions.map((d) => ({
        beat: d.beat,
        beatTitle: d.beatTitle,
        choice: d.choice,
        label: d.label,
        rating: d.rating,
        expired: d.expired,
      })),
    };
  });
  const grid = choiceGrid(teams);
  return {
    ok: true,
    comparison: {
      scenarioId: base.scenarioId,
      title: base.title,
      version: base.version,
      categories,
      objectives,
      teams,
      divergence: divergenceOf(grid, teams.map((t) => t.name), tr),
      grid,
      unverified,
      meters: first.report.meters.map((m) => ({
        id: m.id,
        label: m.label,
        min: m.min,
        max: m.max,
        teams: inputs.map(({ report }, i) => ({
          team: names[i] ?? '',
          points: report.meters.find((x) => x.id === m.id)?.points ?? [],
        })),
      })),
    },
  };
}

/** A team's overall figure, marked when its run ended early (issue #16, point 9). */
export function teamOverall(t: Pick<TeamColumn, 'overall' | 'partial'>, tr: Translator = debriefEnglish): string {
  return t.partial ? tr.t('debrief.compare.overallPartial', { score: t.overall }) : String(t.overall);
}

