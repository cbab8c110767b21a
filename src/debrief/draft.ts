/**
 * Drafts the prose of an HSEEP after-action report from the results: the executive summary,
 * strengths and areas for improvement (observation + analysis), and an improvement plan. A draft
 * for the facilitator to edit, never a verdict: each line says what in the run it comes from.
 */
import type { ClaimReport, DebriefReport, ImprovementAction, Observation } from './types';
import {
  addDecisionObservations,
  observationsOf,
  unnamed,
  type Drafted,
} from './decision-observations';
import { claimActions } from './plan-claims';
import { DEFAULT_PLAN_OWNERS, type PlanOwner, type PlanOwners } from './plan-owners';
import { claimCount as countClaims } from './claim-words';
import { isoDateAfter, plural, RATING_WORDS } from './words';

export type ReportCore = Omit<
  DebriefReport,
  'executiveSummary' | 'strengths' | 'improvements' | 'improvementPlan'
>;

const TONE_WORDS = {
  best: 'the best outcome',
  good: 'a good outcome',
  mixed: 'a mixed outcome',
  poor: 'a poor outcome',
  worst: 'the worst outcome',
} as const;

const fmt = (n: number): string => n.toLocaleString('en-US');

export function draftSummary(r: ReportCore): string[] {
  const o = r.overview;
  const s = r.score;
  const who = o.team ? `Team "${o.team}"` : 'The team';
  const lines = [
    `${who} played "${o.title}" (version ${o.version}) on ${o.startedAt.slice(0, 10)}: ${o.minutes} minute${o.minutes === 1 ? '' : 's'} of play covering ${o.inGameHours} hours of the crisis.`,
  ];
  lines.push(
    (r.ending
      ? `The exercise ended in "${r.ending.title}", ${TONE_WORDS[r.ending.tone]}.`
      : 'The exercise was ended before the story reached an ending.') +
      (s.partial === true
        ? ` Partial score ${s.overall}/100 (decisions ${Math.round(s.decisions)}, objectives judged ${Math.round(s.objectives)}, no ending part): not comparable with a complete run.`
        : ` Overall score ${s.overall}/100 (decisions ${Math.round(s.decisions)}, objectives ${Math.round(s.objectives)}, ending ${s.ending}).`),
  );
  const n = r.decisions.length;
  if (n > 0) {
    const expired = r.decisions.filter((d) => d.expired).length;
    const scored = s.categories.filter((c) => c.points !== null);
    const best = [...scored].sort((a, b) => (b.points ?? 0) - (a.points ?? 0))[0];
    const worst = [...scored].sort((a, b) => (a.points ?? 0) - (b.points ?? 0))[0];
    let line = `Of ${plural(n, 'decision')}, ${s.counts.recommended} ${s.counts.recommended === 1 ? 'was' : 'were'} recommended, ${s.counts.acceptable} acceptable and ${s.counts.harmful} harmful`;
    line += expired > 0 ? `; ${plural(expired, 'decision')} defaulted when time ran out.` : '.';
    if (best && worst && best.id !== worst.id)
      line += ` Strongest area: ${best.label} (${Math.round(best.points ?? 0)}); weakest: ${worst.label} (${Math.round(worst.points ?? 0)}).`;
    lines.push(line);
  }
  const started = r.deadlines.filter((d) => d.status !== 'idle');
  if (started.length > 0) {
    const met = started.filter((d) => d.status === 'met');
    const missed = started.filter((d) => d.status === 'missed');
    const deficient = started.filter((d) => d.status === 'deficient');
    let line = `Legal deadlines: ${met.length} of ${started.length} met.`;
    if (missed.length > 0) line += ` Missed: ${missed.map((d) => d.label).join('; ')}.`;
    if (deficient.length > 0) line += ` Met deficiently: ${deficient.map((d) => d.label).join('; ')}.`;
    lines.push(line);
  }
  if (r.claims.length > 0) {
    const wrong = r.claims.filter((c) => c.contradicted);
    let line = `The team made ${claimCount(r.claims)} about figures; ${wrong.length} ${wrong.length === 1 ? 'was' : 'were'} contradicted by later facts.`;
    const first = wrong[0];
    if (first?.contradicted)
      line += ` It ${first.audience === 'regulator' ? 'told the regulator' : 'said'} ${first.said} ${first.unit} (${first.factLabel.toLowerCase()}); the figure became ${fmt(first.contradicted.value)}.`;
    lines.push(line.replace(/ +/g, ' '));
  }
  // Objectives a run ended early could not judge have no rating (judged.ts): counted apart.
  const rated = s.rubric.filter((x) => x.unjudged !== true);
  if (s.rubric.length > 0) {
    const weak = rated.filter((x) => x.rating === 'M' || x.rating === 'U');
    const unjudged = s.rubric.length - rated.length;
    let line = `Objectives: ${(['P', 'S', 'M', 'U'] as const).map((k) => `${rated.filter((x) => x.rating === k).length} ${k}`).join(', ')}${unjudged > 0 ? `, ${unjudged} not judged (the run ended early)` : ''}.`;
    if (weak.length > 0) line += ` Needing most attention: ${weak.map((x) => x.label).join('; ')}.`;
    lines.push(line);
  }
  return lines;
}

export function draftObservations(r: ReportCore): {
  strengths: Observation[];
  improvements: Observation[];
} {
  const strengths: Drafted[] = [];
  const improvements: Drafted[] = [];
  const bare = (s: string): string => s.replace(/\.$/, '');
  for (const o of r.score.rubric) {
    if (o.unjudged === true) continue;
    const done = o.evidence.filter((e) => e.satisfied).map((e) => bare(e.label));
    const missing = o.evidence
      .filter((e) => !e.satisfied)
      .map((e) => `${bare(e.label)} (${bare(e.detail)})`);
    const analysis = [
      done.length > 0 ? `Done: ${done.join('; ')}.` : '',
      missing.length > 0 ? `Not done: ${missing.join('; ')}.` : '',
    ]
      .filter(Boolean)
      .join(' ');
    (o.rating === 'P' ? strengths : improvements).push({
      observation: {
        title: `${o.label}: ${RATING_WORDS[o.rating].toLowerCase()}`,
        analysis,
        capability: o.capability,
      },
      named: new Set(o.evidence.flatMap((e) => e.choices ?? [])),
    });
  }
  // A deadline an objective already rates is not repeated on its own.
  const rated = new Set(
    r.score.rubric.flatMap((o) => o.evidence.flatMap((e) => (e.deadline ? [e.deadline] : []))),
  );
  for (const d of r.deadlines) {
    if (rated.has(d.id)) continue;
    const ref = d.reference ? ` (${d.reference})` : '';
    if (d.status === 'met') {
      strengths.push(
        unnamed({
          title: `Met the deadline: ${d.label}${ref}`,
          analysis: `The clock (${d.window}) started ${d.startedLabel} and was met ${d.resolvedLabel}.`,
          capability: '',
        }),
      );
    } else if (d.status === 'missed') {
      improvements.push(
        unnamed({
          title: `Missed the deadline: ${d.label}${ref}`,
          analysis: `The clock (${d.window}) started ${d.startedLabel} and ran out ${d.dueLabel}.`,
          capability: '',
        }),
      );
    } else if (d.status === 'deficient') {
      improvements.push(
        unnamed({
          title: `Met the deadline deficiently: ${d.label}${ref}`,
          analysis: `The clock (${d.window}) started ${d.startedLabel}; the team acted ${d.resolvedLabel}, but without what the rule requires.`,
          capability: '',
        }),
      );
    } else if (d.status === 'running') {
      improvements.push(
        unnamed({
          title: `Deadline still open at the end: ${d.label}${ref}`,
          analysis: `The clock (${d.window}) started ${d.startedLabel}; it was due ${d.dueLabel}.`,
          capability: '',
        }),
      );
    }
  }
  addDecisionObservations(r.decisions, strengths, improvements);
  const wrong = r.claims.filter((c) => c.contradicted);
  for (const c of wrong) {
    improvements.push(
      unnamed({
        title: `${c.audience === 'regulator' ? 'Filing to the regulator' : 'Public claim'} contradicted: ${c.factLabel}`,
        analysis:
          `${c.statement ? `"${c.statement}": ` : ''}${c.said} ${c.unit} stated as ${c.confidence} ${c.timeLabel}; it was revised to ${fmt(c.contradicted?.value ?? c.actual)} ${c.contradicted?.timeLabel ?? ''}${c.contradicted?.causeLabel ? ` (${c.contradicted.causeLabel})` : ''}.`.replace(
            / +/g,
            ' ',
          ),
        capability: 'Public Information and Warning',
      }),
    );
  }
  if (r.claims.length > 0 && wrong.length === 0) {
    strengths.push(
      unnamed({
        title: 'Public figures held up',
        analysis: `None of the ${claimCount(r.claims)} was contradicted by later facts.`,
        capability: 'Public Information and Warning',
      }),
    );
  }
  return { strengths: observationsOf(strengths), improvements: observationsOf(improvements) };
}

/**
 * Corrective actions for each area for improvement, with an owner role and a due date (the
 * scenario's, from `planOwners`, or the built-in ones).
 */
export function draftImprovementPlan(
  r: ReportCore,
  savedAt: number,
  owners: PlanOwners = DEFAULT_PLAN_OWNERS,
): ImprovementAction[] {
  const plan: ImprovementAction[] = [];
  const assigned = (to: PlanOwner): Pick<ImprovementAction, 'owner' | 'due' | 'dueDays'> => ({
    owner: to.owner,
    due: isoDateAfter(savedAt, to.days),
    dueDays: to.days,
  });
  // One corrective action per move category, so each owner gets one line with every case in it.
  const harmful = new Map<string, (typeof r.decisions)[number][]>();
  for (const d of r.decisions)
    if (d.rating === 'harmful') harmful.set(d.category, [...(harmful.get(d.category) ?? []), d]);
  for (const [category, list] of harmful) {
    const first = list[0];
    if (!first) continue;
    const moves = list.map((d) => {
      const better = d.alternatives.find((a) => a.rating === 'recommended');
      return better
        ? `at "${d.beatTitle}", "${better.label}"`
        : `at "${d.beatTitle}", see the expert feedback`;
    });
    plan.push({
      issue: `${plural(list.length, `harmful ${first.categoryLabel.toLowerCase()} decision`)}: ${list.map((d) => `"${d.label}"`).join('; ')}`,
      action: `Update the ${first.categoryLabel.toLowerCase()} playbook with the recommended moves (${moves.join('; ')}) and rehearse them at the next exercise.`,
      capability: first.categoryLabel,
      ...assigned(owners.category(category)),
    });
  }
  for (const d of r.deadlines) {
    if (d.status !== 'missed' && d.status !== 'running' && d.status !== 'deficient') continue;
    plan.push({
      issue: `${d.label}${d.reference ? ` (${d.reference})` : ''} ${d.status === 'deficient' ? 'met deficiently' : 'not met'}`,
      action: `Put this clock (${d.window}) in the incident runbook: who starts it, who files, and a pre-approved template${d.status === 'deficient' ? ' with every item the rule requires' : ''}.`,
      capability: 'Operational Coordination',
      ...assigned(owners.deadline(d.id)),
    });
  }
  for (const { issue, action } of claimActions(r.claims))
    plan.push({
      issue,
      action,
      capability: 'Public Information and Warning',
      ...assigned(owners.claims),
    });
  if (r.decisions.some((d) => d.expired)) {
    plan.push({
      issue: 'Decisions defaulted when time ran out',
      action:
        'Agree decision rights and a delegation of authority in advance, so the crisis team can decide within the time box.',
      capability: 'Operational Coordination',
      ...assigned(owners.expired),
    });
  }
  for (const o of r.score.rubric) {
    if (o.unjudged === true || (o.rating !== 'M' && o.rating !== 'U')) continue;
    plan.push({
      issue: `${o.label}: ${RATING_WORDS[o.rating].toLowerCase()}`,
      action: `Re-exercise "${o.label}" (${o.capability}) after the actions above are in place.`,
      capability: o.capability,
      ...assigned(owners.objective(o.id)),
    });
  }
  return plan;
}

/** "2 claims", "3 claims (1 filed with the regulator)": see claim-words.ts. */
function claimCount(claims: readonly ClaimReport[]): string {
  return countClaims(claims.length, claims.filter((c) => c.audience === 'regulator').length);
}
