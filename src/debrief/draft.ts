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
import { defaultPlanOwners, type PlanOwner, type PlanOwners } from './plan-owners';
import { claimCount as countClaims, confidenceList } from './claim-words';
import { isoDateAfter, ratingWords } from './words';
import type { Translator } from '../i18n/translator';
import { debriefEnglish } from './debrief-english';

export type ReportCore = Omit<
  DebriefReport,
  'executiveSummary' | 'strengths' | 'improvements' | 'improvementPlan'
>;

/** The report's prose in one language: the summary, the observations and the plan. */
export function draftSummary(r: ReportCore, tr: Translator = debriefEnglish): string[] {
  const o = r.overview;
  const s = r.score;
  const lines = [
    tr.t(o.team ? 'debrief.summary.playedTeam' : 'debrief.summary.played', {
      team: o.team,
      title: o.title,
      version: o.version,
      date: o.startedAt.slice(0, 10),
      minutes: o.minutes,
      hours: o.inGameHours,
    }),
  ];
  const ending = r.ending
    ? tr.t('debrief.summary.ending', { ending: r.ending.title, tone: tr.t(`debrief.tone.${r.ending.tone}`) })
    : tr.t('debrief.summary.noEnding');
  const parts = { overall: s.overall, decisions: Math.round(s.decisions), objectives: Math.round(s.objectives), ending: s.ending };
  lines.push(`${ending} ${tr.t(s.partial === true ? 'debrief.summary.partialScore' : 'debrief.summary.score', parts)}`);
  const n = r.decisions.length;
  if (n > 0) {
    const expired = r.decisions.filter((d) => d.expired).length;
    const scored = s.categories.filter((c) => c.points !== null);
    const best = [...scored].sort((a, b) => (b.points ?? 0) - (a.points ?? 0))[0];
    const worst = [...scored].sort((a, b) => (a.points ?? 0) - (b.points ?? 0))[0];
    let line = tr.t('debrief.summary.decisions', { count: n, ...s.counts });
    line += expired > 0 ? tr.t('debrief.summary.expired', { count: expired }) : tr.t('debrief.summary.stop');
    if (best && worst && best.id !== worst.id)
      line += tr.t('debrief.summary.areas', {
        best: best.label,
        bestPoints: Math.round(best.points ?? 0),
        worst: worst.label,
        worstPoints: Math.round(worst.points ?? 0),
      });
    lines.push(line);
  }
  const started = r.deadlines.filter((d) => d.status !== 'idle');
  if (started.length > 0) {
    const met = started.filter((d) => d.status === 'met');
    const missed = started.filter((d) => d.status === 'missed');
    const deficient = started.filter((d) => d.status === 'deficient');
    let line = tr.t('debrief.summary.deadlines', { met: met.length, started: started.length });
    if (missed.length > 0) line += tr.t('debrief.summary.missed', { list: missed.map((d) => d.label).join('; ') });
    if (deficient.length > 0) line += tr.t('debrief.summary.deficient', { list: deficient.map((d) => d.label).join('; ') });
    lines.push(line);
  }
  if (r.claims.length > 0) {
    const wrong = r.claims.filter((c) => c.contradicted);
    let line = tr.t('debrief.summary.claims', { claims: claimCount(r.claims, tr), wrong: wrong.length });
    const first = wrong[0];
    if (first?.contradicted)
      line += tr.t(first.audience === 'regulator' ? 'debrief.summary.firstWrongFiled' : 'debrief.summary.firstWrong', {
        said: first.said,
        unit: first.unit,
        fact: first.factLabel.toLowerCase(),
        became: tr.number(first.contradicted.value),
      });
    lines.push(line.replace(/ +/g, ' '));
  }
  // Objectives a run ended early could not judge have no rating (judged.ts): counted apart.
  const rated = s.rubric.filter((x) => x.unjudged !== true);
  if (s.rubric.length > 0) {
    const weak = rated.filter((x) => x.rating === 'M' || x.rating === 'U');
    const unjudged = s.rubric.length - rated.length;
    const tally = (['P', 'S', 'M', 'U'] as const).map((k) => `${rated.filter((x) => x.rating === k).length} ${k}`).join(', ');
    let line = tr.t(unjudged > 0 ? 'debrief.summary.objectivesUnjudged' : 'debrief.summary.objectives', { tally, unjudged });
    if (weak.length > 0) line += tr.t('debrief.summary.weak', { list: weak.map((x) => x.label).join('; ') });
    lines.push(line);
  }
  return lines;
}

export function draftObservations(r: ReportCore, tr: Translator = debriefEnglish): {
  strengths: Observation[];
  improvements: Observation[];
} {
  const strengths: Drafted[] = [];
  const improvements: Drafted[] = [];
  const bare = (s: string): string => s.replace(/[.。]$/, '');
  for (const o of r.score.rubric) {
    if (o.unjudged === true) continue;
    const done = o.evidence.filter((e) => e.satisfied).map((e) => bare(e.label));
    const missing = o.evidence
      .filter((e) => !e.satisfied)
      .map((e) => tr.t('debrief.observation.missingItem', { item: bare(e.label), detail: bare(e.detail) }));
    const analysis = [
      done.length > 0 ? tr.t('debrief.observation.done', { list: done.join('; ') }) : '',
      missing.length > 0 ? tr.t('debrief.observation.notDone', { list: missing.join('; ') }) : '',
    ]
      .filter(Boolean)
      .join(' ');
    (o.rating === 'P' ? strengths : improvements).push({
      observation: {
        title: tr.t('debrief.observation.objective', { objective: o.label, rating: ratingWords(o.rating, tr).toLowerCase() }),
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
    if (rated.has(d.id) || d.status === 'idle') continue;
    const values = {
      deadline: d.reference ? tr.t('debrief.withReference', { label: d.label, reference: d.reference }) : d.label,
      window: d.window,
      started: d.startedLabel,
      resolved: d.resolvedLabel,
      due: d.dueLabel,
    };
    const drafted = unnamed({
      title: tr.t(`debrief.deadlineObservation.${d.status}Title`, values),
      analysis: tr.t(`debrief.deadlineObservation.${d.status}`, values),
      capability: '',
    });
    (d.status === 'met' ? strengths : improvements).push(drafted);
  }
  addDecisionObservations(r.decisions, strengths, improvements, tr);
  const wrong = r.claims.filter((c) => c.contradicted);
  for (const c of wrong) {
    const revised = {
      said: c.said,
      unit: c.unit,
      confidence: confidenceList([c.confidence], tr),
      when: c.timeLabel,
      value: tr.number(c.contradicted?.value ?? c.actual),
      revisedWhen: c.contradicted?.timeLabel ?? '',
    };
    const cause = c.contradicted?.causeLabel;
    const analysis = tr.t('debrief.claimObservation.revised', revised) + (cause ? tr.t('debrief.claimObservation.cause', { cause }) : '');
    improvements.push(
      unnamed({
        title: tr.t(c.audience === 'regulator' ? 'debrief.claimObservation.filedTitle' : 'debrief.claimObservation.publicTitle', { fact: c.factLabel }),
        analysis: `${c.statement ? tr.t('debrief.claimObservation.statement', { statement: c.statement }) : ''}${analysis}${tr.t('debrief.summary.stop')}`.replace(/ +/g, ' '),
        capability: tr.t('debrief.capability.publicInformation'),
      }),
    );
  }
  if (r.claims.length > 0 && wrong.length === 0) {
    strengths.push(
      unnamed({
        title: tr.t('debrief.claimObservation.heldTitle'),
        analysis: tr.t('debrief.claimObservation.held', { claims: claimCount(r.claims, tr) }),
        capability: tr.t('debrief.capability.publicInformation'),
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
  owners: PlanOwners = defaultPlanOwners(),
  tr: Translator = debriefEnglish,
): ImprovementAction[] {
  const plan: ImprovementAction[] = [];
  const assigned = (to: PlanOwner): Pick<ImprovementAction, 'owner' | 'due' | 'dueDays'> => ({
    owner: to.owner,
    due: isoDateAfter(savedAt, to.days),
    dueDays: to.days,
  });
  const quoted = (text: string): string => tr.t('debrief.quoted', { text });
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
        ? tr.t('debrief.plan.move', { beat: d.beatTitle, choice: better.label })
        : tr.t('debrief.plan.moveFeedback', { beat: d.beatTitle });
    });
    const category_ = first.categoryLabel.toLowerCase();
    plan.push({
      issue: tr.t('debrief.plan.harmfulIssue', { count: list.length, category: category_, choices: list.map((d) => quoted(d.label)).join('; ') }),
      action: tr.t('debrief.plan.harmfulAction', { category: category_, moves: moves.join('; ') }),
      capability: first.categoryLabel,
      ...assigned(owners.category(category)),
    });
  }
  for (const d of r.deadlines) {
    if (d.status !== 'missed' && d.status !== 'running' && d.status !== 'deficient') continue;
    const label = d.reference ? tr.t('debrief.withReference', { label: d.label, reference: d.reference }) : d.label;
    const deficient = d.status === 'deficient';
    plan.push({
      issue: tr.t(deficient ? 'debrief.plan.deadlineDeficient' : 'debrief.plan.deadlineNotMet', { deadline: label }),
      action: tr.t(deficient ? 'debrief.plan.deadlineActionDeficient' : 'debrief.plan.deadlineAction', { window: d.window }),
      capability: tr.t('debrief.capability.operationalCoordination'),
      ...assigned(owners.deadline(d.id)),
    });
  }
  for (const { issue, action } of claimActions(r.claims, tr))
    plan.push({
      issue,
      action,
      capability: tr.t('debrief.capability.publicInformation'),
      ...assigned(owners.claims),
    });
  if (r.decisions.some((d) => d.expired)) {
    plan.push({
      issue: tr.t('debrief.plan.expiredIssue'),
      action: tr.t('debrief.plan.expiredAction'),
      capability: tr.t('debrief.capability.operationalCoordination'),
      ...assigned(owners.expired),
    });
  }
  for (const o of r.score.rubric) {
    if (o.unjudged === true || (o.rating !== 'M' && o.rating !== 'U')) continue;
    plan.push({
      issue: tr.t('debrief.observation.objective', { objective: o.label, rating: ratingWords(o.rating, tr).toLowerCase() }),
      action: tr.t('debrief.plan.reExercise', { objective: o.label, capability: o.capability }),
      capability: o.capability,
      ...assigned(owners.objective(o.id)),
    });
  }
  return plan;
}

/** "2 claims", "3 claims (1 filed with the regulator)": see claim-words.ts. */
function claimCount(claims: readonly ClaimReport[], tr: Translator): string {
  return countClaims(claims.length, claims.filter((c) => c.audience === 'regulator').length, [], tr);
}
