/** A comparison as Markdown and as CSV: the same rows the page shows. */
import { csvRows } from './export-csv';
import { mdText } from './export-markdown';
import { teamOverall, type Comparison, type TeamColumn } from './compare';
import { GAP_WORDS, type GridRow } from './compare-grid';
import { PARTIAL_SCORE_NOTE } from './partial-words';
import { unverifiedMessage } from './verify';

export function comparisonToMarkdown(c: Comparison): string {
  const head = ['', ...c.teams.map((t) => mdText(t.name))];
  const row = (label: string, cells: readonly (string | number)[]): string =>
    `| ${[mdText(label), ...cells.map((x) => mdText(String(x)))].join(' | ')} |`;
  const out = [
    `# Team comparison: ${mdText(c.title)}`,
    '',
    `Scenario ${mdText(c.scenarioId)}, version ${mdText(c.version)}; ${c.teams.length} teams${c.unverified.length > 0 ? `; ${c.unverified.length} unverified export${c.unverified.length === 1 ? '' : 's'} left out, with no score` : ''}.`,
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
  out.push('## Choices, beat by beat', '', ...gridMarkdown(c), '');
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
  if (c.unverified.length > 0) {
    out.push('', '## Unverified exports, not compared', '');
    for (const u of c.unverified) out.push(`- ${mdText(u.source)}: ${mdText(unverifiedMessage(u))}`);
  }
  return out.join('\n') + '\n';
}

/** A team's cell in the grid: "Rotate the key (recommended)", or why it has no choice there. */
export function gridCellText(cell: GridRow['cells'][number]): string {
  if (typeof cell === 'string') return GAP_WORDS[cell];
  const notes = [cell.rating ?? 'unrated', cell.expired ? 'the clock chose' : ''].filter(Boolean);
  return `${cell.label} (${notes.join('; ')})`;
}

/** A team's name as a grid column heads it: incomplete runs flagged. */
export const gridTeamName = (t: Pick<TeamColumn, 'name' | 'partial'>): string =>
  t.partial ? `${t.name} (incomplete run)` : t.name;

function gridMarkdown(c: Comparison): string[] {
  const head = ['Beat', ...c.teams.map((t) => mdText(gridTeamName(t)))];
  return [
    '*Rows marked "paths differ" are where the teams did not all choose alike.*',
    '',
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...c.grid.map(
      (r) =>
        `| ${[
          mdText(r.alike ? r.beatTitle : `${r.beatTitle} (paths differ)`),
          ...r.cells.map((cell) => mdText(gridCellText(cell))),
        ].join(' | ')} |`,
    ),
  ];
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
    'unverified_reason',
    ...c.grid.map((r) => `choice_${r.beat}`),
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
    null,
    ...c.grid.map((r) => {
      const cell = r.cells[i];
      return cell === undefined || typeof cell === 'string' ? null : cell.choice;
    }),
  ]);
  // An unverified export has a row that names it and says why, and no figure at all.
  const left = c.unverified.map((u) =>
    head.map((column) =>
      column === 'team' ? u.team || u.source : column === 'source' ? u.source : column === 'run' ? 'unverified' : column === 'unverified_reason' ? u.reason : null,
    ),
  );
  return csvRows([head, ...rows, ...left]);
}

const fmtPoints = (p: number | null | undefined): string =>
  p === null || p === undefined ? 'n/a' : String(Math.round(p));

/** A team's deadlines as "met / deficient / missed", the order of the comparison's row label. */
export const deadlineTally = (t: TeamColumn): string =>
  `${t.deadlinesMet} / ${t.deadlinesDeficient} / ${t.deadlinesMissed}`;
