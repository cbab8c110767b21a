/** A comparison as Markdown and as CSV: the same rows the page shows. */
import { csvRows } from './export-csv';
import { mdText } from './export-markdown';
import { teamOverall, type Comparison, type TeamColumn } from './compare';
import { gapWords, type GridRow } from './compare-grid';
import { partialScoreNote } from './partial-words';
import { unverifiedMessage } from './verify';
import type { Translator } from '../i18n/translator';
import { debriefEnglish } from './debrief-english';
import { choiceRatingWords } from './words';

/** The comparison as Markdown in `tr`'s language (the reports' own: build them in it). */
export function comparisonToMarkdown(c: Comparison, tr: Translator = debriefEnglish): string {
  const w = (key: Parameters<Translator['t']>[0], values?: Parameters<Translator['t']>[1]): string => tr.t(key, values);
  const head = ['', ...c.teams.map((t) => mdText(t.name))];
  const row = (label: string, cells: readonly (string | number)[]): string =>
    `| ${[mdText(label), ...cells.map((x) => mdText(String(x)))].join(' | ')} |`;
  const teams = w('debrief.compare.teams', { count: c.teams.length });
  const out = [
    `# ${w('debrief.compare.title', { title: mdText(c.title) })}`,
    '',
    c.unverified.length > 0
      ? w('debrief.compare.leadUnverified', { id: mdText(c.scenarioId), version: mdText(c.version), teams, count: c.unverified.length })
      : w('debrief.compare.lead', { id: mdText(c.scenarioId), version: mdText(c.version), teams }),
    '',
    `## ${w('debrief.compare.scores')}`,
    '',
    ...(c.teams.some((t) => t.partial) ? [`*${partialScoreNote(tr)}*`, ''] : []),
  ];
  out.push(`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`);
  out.push(
    row(w('debrief.compare.overall'), c.teams.map((t) => teamOverall(t, tr))),
    row(w('debrief.export.decisions'), c.teams.map((t) => Math.round(t.decisions))),
    row(w('debrief.export.objectives'), c.teams.map((t) => Math.round(t.objectives))),
    row(w('debrief.compare.endingPoints'), c.teams.map((t) => t.ending)),
    row(w('debrief.export.ending'), c.teams.map((t) => (isTone(t.tone) ? w('debrief.compare.endingTone', { ending: t.endingTitle, tone: w(`debrief.toneShort.${t.tone}`) }) : t.endingTitle))),
  );
  c.categories.forEach((cat, i) => out.push(row(cat.label, c.teams.map((t) => fmtPoints(t.categories[i], tr)))));
  c.objectives.forEach((o, i) =>
    out.push(row(w('debrief.compare.objective', { objective: o.label }), c.teams.map((t) => t.ratings[i] ?? w('debrief.export.notJudged')))),
  );
  out.push(
    row(w('debrief.compare.deadlines'), c.teams.map(deadlineTally)),
    row(w('debrief.compare.claims'), c.teams.map((t) => t.claimsContradicted)),
    row(w('debrief.compare.minutes'), c.teams.map((t) => t.minutes)),
    '',
  );
  out.push(`## ${w('debrief.compare.diverged')}`, '');
  if (!c.divergence) out.push(w(c.teams.length < 2 ? 'debrief.compare.oneTeam' : 'debrief.compare.allSame'), '');
  else {
    out.push(w('debrief.compare.atDecision', { index: c.divergence.index, beat: mdText(c.divergence.beatTitle) }), '');
    for (const x of c.divergence.choices) out.push(`- ${mdText(x.team)}: ${mdText(x.label)}`);
    out.push('');
  }
  out.push(`## ${w('debrief.compare.grid')}`, '', ...gridMarkdown(c, tr), '');
  out.push(`## ${w('debrief.compare.finalMeters')}`, '');
  const meter = w('debrief.table.meter');
  out.push(
    `| ${[meter, ...c.teams.map((t) => mdText(t.name))].join(' | ')} |`,
    `| ${[meter, ...c.teams].map(() => '---').join(' | ')} |`,
  );
  for (const m of c.meters) out.push(row(m.label, m.teams.map((t) => t.points[t.points.length - 1]?.value ?? '')));
  if (c.unverified.length > 0) {
    out.push('', `## ${w('debrief.compare.unverifiedTitle')}`, '');
    for (const u of c.unverified) out.push(`- ${mdText(u.source)}: ${mdText(unverifiedMessage(u, tr))}`);
  }
  return out.join('\n') + '\n';
}

/** A team's cell in the grid: "Rotate the key (recommended)", or why it has no choice there. */
export function gridCellText(cell: GridRow['cells'][number], tr: Translator = debriefEnglish): string {
  if (typeof cell === 'string') return gapWords(cell, tr);
  const notes = [choiceRatingWords(cell.rating, tr), cell.expired ? tr.t('debrief.compare.clockChose') : ''].filter(Boolean);
  return tr.t('debrief.compare.cell', { choice: cell.label, notes: notes.join('; ') });
}

/** A team's name as a grid column heads it: incomplete runs flagged. */
export const gridTeamName = (t: Pick<TeamColumn, 'name' | 'partial'>, tr: Translator = debriefEnglish): string =>
  t.partial ? tr.t('debrief.compare.incomplete', { team: t.name }) : t.name;

function gridMarkdown(c: Comparison, tr: Translator): string[] {
  const head = [tr.t('debrief.export.beat'), ...c.teams.map((t) => mdText(gridTeamName(t, tr)))];
  return [
    `*${tr.t('debrief.compare.gridNote')}*`,
    '',
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...c.grid.map(
      (r) =>
        `| ${[
          mdText(r.alike ? r.beatTitle : tr.t('debrief.compare.differ', { beat: r.beatTitle })),
          ...r.cells.map((cell) => mdText(gridCellText(cell, tr))),
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

const TONES = ['best', 'good', 'mixed', 'poor', 'worst'] as const;
const isTone = (tone: string): tone is (typeof TONES)[number] => (TONES as readonly string[]).includes(tone);

const fmtPoints = (p: number | null | undefined, tr: Translator = debriefEnglish): string =>
  p === null || p === undefined ? tr.t('debrief.table.na') : String(Math.round(p));

/** A team's deadlines as "met / deficient / missed", the order of the comparison's row label. */
export const deadlineTally = (t: TeamColumn): string =>
  `${t.deadlinesMet} / ${t.deadlinesDeficient} / ${t.deadlinesMissed}`;
