/**
 * Several teams' debrief exports of the same scenario side by side: scores and endings, the
 * first beat where their paths parted, and each meter's curves overlaid.
 */
import { csvRows } from './export-csv';
import { mdText } from './export-markdown';
import { PARTIAL_MARK, PARTIAL_SCORE_NOTE } from './partial-words';
import type { DebriefReport, ObjectiveRating, SeriesPoint } from './types';

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
  readonly path: readonly {
    readonly beat: string;
    readonly beatTitle: string;
    readonly choice: string;
    readonly label: string;
  }[];
}

export interface Comparison {
  readonly scenarioId: string;
  readonly title: string;
  readonly version: string;
  readonly categories: readonly { readonly id: string; readonly label: string }[];
  readonly objectives: readonly { readonly id: string; readonly label: string }[];
  readonly teams: readonly TeamColumn[];
  /** The first decision where the teams did not all choose alike; null when all paths match. */
  readonly divergence: {
    readonly index: number;
    readonly beat: string;
    readonly beatTitle: string;
    readonly choices: readonly { readonly team: string; readonly label: string }[];
  } | null;
  readonly meters: readonly {
    readonly id: string;
    readonly label: string;
    readonly min: number;
    readonly max: number;
    readonly teams: readonly { readonly team: string; readonly points: readonly SeriesPoint[] }[];
  }[];
}

export type CompareResult =
  | { readonly ok: true; readonly comparison: Comparison }
  | { readonly ok: false; readonly message: string };

export function compareReports(inputs: readonly NamedReport[]): CompareResult {
  const first = inputs[0];
  if (!first) return { ok: false, message: 'no debrief exports to compare' };
  const base = first.report.overview;
  for (const { source, report } of inputs.slice(1)) {
    const o = report.overview;
    if (o.scenarioId !== base.scenarioId) {
      return {
        ok: false,
        message: `${source} is from scenario "${o.scenarioId}", but ${first.source} is from "${base.scenarioId}": only runs of the same scenario can be compared`,
      };
    }
    if (o.version !== base.version || o.hash !== base.hash) {
      return {
        ok: false,
        message: `${source} was played on version ${o.version} of "${o.scenarioId}" (hash ${o.hash.slice(0, 12)}), but ${first.source} on version ${base.version} (hash ${base.hash.slice(0, 12)}): only runs of the same scenario version can be compared`,
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
      endingTitle: report.ending?.title ?? '(no ending)',
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
      })),
    };
  });
  return {
    ok: true,
    comparison: {
      scenarioId: base.scenarioId,
      title: base.title,
      version: base.version,
      categories,
      objectives,
      teams,
      divergence: findDivergence(teams),
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

function findDivergence(teams: readonly TeamColumn[]): Comparison['divergence'] {
  if (teams.length < 2) return null;
  const longest = Math.max(...teams.map((t) => t.path.length));
  for (let i = 0; i < longest; i++) {
    const steps = teams.map((t) => t.path[i]);
    if (steps.every((s) => s !== undefined && s.choice === steps[0]?.choice)) continue;
    const at = steps.find((s) => s !== undefined);
    return {
      index: i + 1,
      beat: at?.beat ?? '',
      beatTitle: at?.beatTitle ?? '',
      choices: teams.map((t, k) => ({
        team: t.name,
        label: steps[k]?.label ?? '(stopped before this decision)',
      })),
    };
  }
  return null;
}

/** A team's overall figure, marked when its run ended early (issue #16, point 9). */
export function teamOverall(t: Pick<TeamColumn, 'overall' | 'partial'>): string {
  return t.partial ? `${t.overall} (${PARTIAL_MARK})` : String(t.overall);
}

export function comparisonToMarkdown(c: Comparison): string {
  const head = ['', ...c.teams.map((t) => mdText(t.name))];
  const row = (label: string, cells: readonly (string | number)[]): string =>
    `| ${[mdText(label), ...cells.map((x) => mdText(String(x)))].join(' | ')} |`;
  const out = [
    `# Team comparison: ${mdText(c.title)}`,
    '',
    `Scenario ${mdText(c.scenarioId)}, version ${mdText(c.version)}; ${c.teams.length} teams.`,
    '',
    '## Scores and endings',
    '',
    ...(c.teams.some((t) => t.partial) ? [`*${PARTIAL_SCORE_NOTE}*`, ''] : []),
  ];
  out.push(`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`);
  out.push(
    row(
      'Overall',
      c.teams.map(teamOverall),
    ),
  );
  out.push(
    row(
      'Decisions',
      c.teams.map((t) => Math.round(t.decisions)),
    ),
    row(
      'Objectives',
      c.teams.map((t) => Math.round(t.objectives)),
    ),
    row(
      'Ending points',
      c.teams.map((t) => t.ending),
    ),
  );
  out.push(
    row(
      'Ending',
      c.teams.map((t) => `${t.endingTitle}${t.tone ? ` (${t.tone})` : ''}`),
    ),
  );
  c.categories.forEach((cat, i) =>
    out.push(
      row(
        cat.label,
        c.teams.map((t) => fmtPoints(t.categories[i])),
      ),
    ),
  );
  c.objectives.forEach((o, i) =>
    out.push(
      row(
        `Objective: ${o.label}`,
        c.teams.map((t) => t.ratings[i] ?? 'not judged'),
      ),
    ),
  );
  out.push(
    row(
      'Deadlines met / deficient / missed',
      c.teams.map(deadlineTally),
    ),
  );
  out.push(
    row(
      'Claims contradicted',
      c.teams.map((t) => t.claimsContradicted),
    ),
    row(
      'Minutes played',
      c.teams.map((t) => t.minutes),
    ),
    '',
  );
  out.push('## Where the paths diverged', '');
  if (!c.divergence)
    out.push(c.teams.length < 2 ? 'Only one team.' : 'All teams made the same decisions.', '');
  else {
    out.push(`At decision ${c.divergence.index}, "${mdText(c.divergence.beatTitle)}":`, '');
    for (const x of c.divergence.choices) out.push(`- ${mdText(x.team)}: ${mdText(x.label)}`);
    out.push('');
  }
  out.push('## Final meters', '');
  out.push(
    `| ${['Meter', ...c.teams.map((t) => mdText(t.name))].join(' | ')} |`,
    `| ${['Meter', ...c.teams].map(() => '---').join(' | ')} |`,
  );
  for (const m of c.meters)
    out.push(
      row(
        m.label,
        m.teams.map((t) => t.points[t.points.length - 1]?.value ?? ''),
      ),
    );
  return out.join('\n') + '\n';
}

export function comparisonToCsv(c: Comparison): string {
  const head = [
    'team',
    'source',
    'overall',
    'decisions',
    'objectives',
    'ending_points',
    'ending',
    'tone',
    ...c.categories.map((x) => `category_${x.id}`),
    ...c.objectives.map((o) => `objective_${o.id}`),
    'deadlines_met',
    'deadlines_missed',
    'deadlines_deficient',
    'claims_contradicted',
    'minutes',
    ...c.meters.map((m) => `final_${m.id}`),
    'path',
    'run',
  ];
  const rows = c.teams.map((t, i) => [
    t.name,
    t.source,
    t.overall,
    Math.round(t.decisions),
    Math.round(t.objectives),
    t.ending,
    t.endingTitle,
    t.tone,
    ...t.categories.map((p) => (p === null ? null : Math.round(p))),
    ...t.ratings,
    t.deadlinesMet,
    t.deadlinesMissed,
    t.deadlinesDeficient,
    t.claimsContradicted,
    t.minutes,
    ...c.meters.map((m) => m.teams[i]?.points[(m.teams[i]?.points.length ?? 0) - 1]?.value ?? null),
    t.path.map((p) => p.choice).join(' > '),
    t.partial ? 'incomplete' : 'complete',
  ]);
  return csvRows([head, ...rows]);
}

const fmtPoints = (p: number | null | undefined): string =>
  p === null || p === undefined ? 'n/a' : String(Math.round(p));

/** A team's deadlines as "met / deficient / missed", the order of the comparison's row label. */
export const deadlineTally = (t: TeamColumn): string =>
  `${t.deadlinesMet} / ${t.deadlinesDeficient} / ${t.deadlinesMissed}`;
