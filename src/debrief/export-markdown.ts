/** The report as Markdown: headings an instructor can paste into a wiki or a Word file. */
import { noClaims } from './claim-words';
import { evidenceTally, overallText, partialScoreNote } from './partial-words';
import type { DebriefReport } from './types';
import { caseMaterialWords } from './case-material';
import type { Translator } from '../i18n/translator';
import { debriefEnglish } from './debrief-english';
import {
  categoryTable,
  claimTable,
  deadlineTable,
  meterTable,
  planTable,
  type ReportTable,
} from './report-tables';
import { choiceRatingWords, overviewRows, signed, teamCell } from './words';
import { limitLines } from './limits';

/** Escapes text so Markdown shows it as written (no emphasis, links, HTML or headings). */
export function mdText(s: string): string {
  return (
    s
      .replace(/\r?\n/g, ' ')
      .replace(/([\\`*[\]<>|~])/g, '\\$1')
      // Underscores inside words are literal in CommonMark; only those at a word's edge can emphasise.
      .replace(/(^|\W)_|_(?=\W|$)/g, (m) => m.replace('_', '\\_'))
      .replace(/^(\s*)(#|[-+])(\s|$)/, '$1\\$2$3')
      .replace(/^(\s*\d+)\.(\s|$)/, '$1\\.$2')
  );
}

const cell = (s: string | number | null): string => (s === null ? '' : mdText(String(s)));

function table(
  head: readonly string[],
  rows: readonly (readonly (string | number | null)[])[],
): string[] {
  return [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ];
}

function drawTable(t: ReportTable): string[] {
  return table(t.head, t.rows);
}

/** The report as Markdown in `tr`'s language (the report's own language: see DebriefReport.interfaceLang). */
export function toMarkdown(r: DebriefReport, tr: Translator = debriefEnglish): string {
  const w = (key: Parameters<Translator['t']>[0], values?: Parameters<Translator['t']>[1]): string => tr.t(key, values);
  const words = caseMaterialWords(tr);
  const o = r.overview;
  const out: string[] = [`# ${w('debrief.export.title', { title: mdText(o.title) })}`, ''];
  for (const warning of r.warnings) out.push(`> **${w('debrief.export.warning')}** ${mdText(warning)}`, '');
  out.push(`## ${w('debrief.export.overview')}`, '');
  out.push(...table([w('debrief.export.item'), w('debrief.export.detail')], overviewRows(o, tr)), '');
  if (o.objectives.length > 0)
    out.push(`**${w('debrief.export.objectives')}**`, '', ...o.objectives.map((x) => `- ${mdText(x)}`), '');
  if (o.caseNote) out.push(`**${w('debrief.export.caseNote')}** ${mdText(o.caseNote)}`, '');
  out.push(`## ${w('debrief.export.summary')}`, '', ...r.executiveSummary.flatMap((p) => [mdText(p), '']));
  out.push(`## ${w('debrief.export.ending')}`, '');
  out.push(
    r.ending ? `**${mdText(r.ending.title)}** (${w(`debrief.toneShort.${r.ending.tone}`)})` : w('debrief.export.noEnding'),
    '',
  );
  if (r.ending?.epilogue) out.push(mdText(r.ending.epilogue), '');
  const s = r.score;
  out.push(`## ${w('debrief.export.score')}`, '', `**${w('debrief.export.overall', { score: overallText(s, tr) })}**`, '');
  if (s.partial === true) out.push(`*${partialScoreNote(tr)}*`, '');
  out.push(
    ...table(
      [w('debrief.export.part'), w('debrief.export.weight'), w('debrief.export.points')],
      [
        [w('debrief.export.decisions'), '50%', Math.round(s.decisions)],
        [w('debrief.export.objectives'), '30%', Math.round(s.objectives)],
        [w('debrief.export.ending'), '20%', s.partial === true ? w('debrief.export.notCounted') : s.ending],
      ],
    ),
    '',
  );
  out.push(`### ${w('debrief.export.byCategory')}`, '', ...drawTable(categoryTable(r, tr)), '');
  out.push(`### ${w('debrief.export.objectives')}`, '');
  for (const x of s.rubric) {
    out.push(
      `- **${x.unjudged === true ? w('debrief.export.notJudged') : x.rating}**: ${mdText(x.label)} (${mdText(x.capability)}), ${evidenceTally(x, tr)}`,
    );
    for (const e of x.evidence)
      out.push(`  - ${e.unjudged === true ? w('debrief.export.notJudged') : w(e.satisfied ? 'debrief.yes' : 'debrief.no')}: ${mdText(e.label)}. ${mdText(e.detail)}`);
    if (x.criticalTasks !== undefined && x.criticalTasks.length > 0)
      out.push(`  - ${words.criticalTasks}:`, ...x.criticalTasks.map((task) => `    - ${mdText(task)}`));
  }
  out.push('', `## ${w('debrief.export.meters')}`, '');
  out.push(...drawTable(meterTable(r, tr)), '');
  const limits = limitLines(r, tr);
  if (limits.length > 0) out.push(...limits.map((line) => `- ${mdText(line)}`), '');
  out.push(`## ${w('debrief.export.decisions')}`, '');
  for (const d of r.decisions) {
    out.push(`### ${d.index}. ${mdText(d.beatTitle)}`, '');
    if (d.prompt) out.push(`*${mdText(d.prompt)}*`, '');
    const chose = w('debrief.export.chose', { choice: `**${mdText(d.label)}**`, rating: choiceRatingWords(d.rating, tr), category: mdText(d.categoryLabel) });
    out.push(`- ${chose}${d.expired ? w('debrief.export.takenByDefault') : ''}`);
    const decided =
      d.seconds === null
        ? ''
        : d.limit === null
          ? w('debrief.export.decidedIn', { seconds: d.seconds })
          : w('debrief.export.decidedInOf', { seconds: d.seconds, limit: d.limit });
    out.push(`- ${w('debrief.export.when', { time: mdText(d.timeLabel) })}${decided}`);
    if (d.meterChanges.length > 0)
      out.push(
        `- ${w('debrief.export.meterChanges', { changes: d.meterChanges.map((c) => `${mdText(c.label)} ${c.from} → ${c.to} (${signed(c.to - c.from)}, ${mdText(c.causeLabel)})`).join('; ') })}`,
      );
    if (d.consequence) out.push(`- ${w('debrief.export.happened', { text: mdText(d.consequence) })}`);
    if (d.feedback) out.push(`- ${w('debrief.export.feedback', { text: mdText(d.feedback) })}`);
    if (d.references.length > 0) out.push(`- ${w('debrief.export.references', { list: d.references.map(mdText).join('; ') })}`);
    for (const a of d.alternatives)
      out.push(`- ${w('debrief.export.alternative', { choice: mdText(a.label), rating: choiceRatingWords(a.rating, tr), feedback: mdText(a.feedback) })}`);
    out.push('');
  }
  out.push(`## ${w('debrief.export.claims')}`, '');
  if (r.claims.length === 0) out.push(noClaims(tr), '');
  else out.push(...drawTable(claimTable(r, tr)), '');
  out.push(`## ${w('debrief.export.deadlines')}`, '');
  if (r.deadlines.length === 0) out.push(w('debrief.export.noDeadlines'), '');
  else out.push(...drawTable(deadlineTable(r, tr)), '');
  if (r.caseTimeline) {
    const c = r.caseTimeline;
    out.push(`## ${mdText(c.title)}`, '', `*${mdText(words.timelineNote)}*`, '');
    out.push(
      ...table(
        [w('debrief.export.caseDate'), w('debrief.export.caseWhat'), w('debrief.export.caseSource')],
        c.entries.map((e) => [e.date, e.text, e.source ?? '']),
      ),
      '',
    );
  }
  if (r.bestPath) {
    const best = r.bestPath.kind === 'best';
    out.push(`## ${w(best ? 'debrief.export.bestPath' : 'debrief.export.recommendedPath')}`, '');
    if (r.bestPath.score !== null)
      out.push(w(best ? 'debrief.export.bestScores' : 'debrief.export.recommendedScores', { score: r.bestPath.score }), '');
    out.push(
      ...table(
        ['#', w('debrief.export.beat'), w(best ? 'debrief.export.bestChoice' : 'debrief.export.recommendedChoice'), w('debrief.export.teamChose')],
        r.bestPath.steps.map((b, i) => [
          i === r.bestPath?.divergedAt ? w('debrief.export.diverged', { step: i + 1 }) : `${i + 1}`,
          b.beatTitle,
          b.label,
          teamCell(b, tr),
        ]),
      ),
      '',
    );
  }
  out.push(
    `## ${w('debrief.export.strengths')}`,
    '',
    ...observations(r.strengths, tr),
    `## ${w('debrief.export.improvements')}`,
    '',
    ...observations(r.improvements, tr),
  );
  out.push(`## ${w('debrief.export.plan')}`, '');
  if (r.improvementPlan.length === 0) out.push(w('debrief.export.noActions'), '');
  else out.push(...drawTable(planTable(r, tr)), '');
  out.push(`## ${w('debrief.export.questions')}`, '');
  for (const q of r.questions)
    out.push(`### ${mdText(q.title)}`, '', ...q.questions.map((x) => `- ${mdText(x)}`), '');
  if (r.questions.length === 0) out.push(w('debrief.export.noQuestions'), '');
  out.push(`## ${w('debrief.export.notes')}`, '');
  if (r.notes.length === 0) out.push(w('debrief.export.noNotes'), '');
  else
    out.push(
      ...r.notes.map((n) => `- ${mdText(n.timeLabel)}, ${mdText(n.beatTitle)}: ${mdText(n.text)}`),
      '',
    );
  if (r.events.length > 0)
    out.push(
      `## ${w('debrief.export.events')}`,
      '',
      ...r.events.map((e) => `- ${mdText(e.timeLabel)}: ${mdText(e.detail)}`),
      '',
    );
  if (r.authorNotes) {
    const n = r.authorNotes;
    const list = (items: readonly string[]) =>
      items.length === 0 ? [words.noneListed, ''] : [...items.map((x) => `- ${x}`), ''];
    out.push(`## ${words.notesTitle}`, '');
    out.push(`### ${words.sources}`, '');
    out.push(...list(n.sources.map((s) => `${mdText(s.fact)} (${mdText(s.source)})`)));
    out.push(`### ${words.invented}`, '', ...list(n.invented.map(mdText)));
    out.push(`### ${words.compressed}`, '', ...list(n.compressed.map(mdText)));
  }
  return out.join('\n');
}

function observations(list: DebriefReport['strengths'], tr: Translator): string[] {
  if (list.length === 0) return [tr.t('debrief.export.noneDrafted'), ''];
  return list
    .flatMap((x) => [
      `- **${mdText(x.title)}**${x.capability ? ` (${mdText(x.capability)})` : ''}. ${mdText(x.analysis)}`,
    ])
    .concat('');
}
