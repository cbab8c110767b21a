/**
 * The after-action report: the score of the saved final state plus everything the log tells,
 * in one plain object in one language, ready for the view and the exporters.
 */
import type { SaveFile } from '../engine/types';
import { text } from '../scenario/index';
import type { Scenario } from '../scenario/types';
import { questionRole } from '../scenario/roles';
import { bestPathReport } from './best-path';
import { authorNotesReport, caseTimelineReport } from './case-material';
import { claimReports } from './claims';
import { draftImprovementPlan, draftObservations, draftSummary } from './draft';
import { planOwners } from './plan-owners';
import { scoreState, DECISION_POINTS } from './score';
import { sessionEvents, observerNotes } from './session-events';
import { walkLog } from './timeline';
import { limitCause } from './limits';
import { dueHour } from '../engine/due-hour';
import { REPORT_FORMAT, REPORT_VERSION } from './types';
import type {
  ClaimReport,
  DeadlineReport,
  DebriefReport,
  DecisionRecord,
  MeterSeries,
} from './types';
import {
  beatTitle,
  categoryLabel,
  causeLabel,
  choiceLabel,
  clockLabel,
  isoMinute,
  round1,
} from './words';
import { choiceWithBeat } from '../scenario/lookup';
import { alternativeFeedbackCases } from './alternative-feedback';
import type { Translator } from '../i18n/translator';
import { debriefEnglish } from './debrief-english';
import { windowWords } from './words';
import { consequenceCaseIn, consequenceText, epilogueCaseIn, epilogueText, feedbackCaseIn, feedbackText } from '../scenario/text-picks';

export interface BuildOptions {
  /** The scenario text's language; defaults to the translator's when the scenario has it, else the scenario's first. */
  readonly lang?: string;
  /** The report's own words (headings aside: verdicts, summaries, the plan); English by default. */
  readonly tr?: Translator;
  /** Choice ids of the highest-scoring playthrough, from the analysis tools. */
  readonly bestPath?: readonly string[];
  /** The best playthrough's overall score, shown beside it. */
  readonly bestScore?: number;
  /** `recommended` when `bestPath` is the recommended choice at every decision, not a proven best. */
  readonly bestPathKind?: 'best' | 'recommended';
}

/**
 * Builds the report for a save. The results are frozen: the score is that of the save's final
 * state, and when the scenario given is not the one the save was played on (its hash differs),
 * the report says so in `warnings`.
 */
export function buildReport(
  scenario: Scenario,
  save: SaveFile,
  options: BuildOptions = {},
): DebriefReport {
  const tr = options.tr ?? debriefEnglish;
  const lang = options.lang ?? (scenario.languages.includes(tr.lang) ? tr.lang : (scenario.languages[0] ?? 'en'));
  const t = (value: Parameters<typeof text>[0]): string => text(value, lang);
  const at = (hours: number): string => clockLabel(scenario, hours, tr);
  const state = save.state;
  const score = scoreState(scenario, state, lang, tr);
  const timeline = walkLog(scenario, save.log, state.time);

  const warnings: string[] = [];
  if (save.scenario.id !== scenario.meta.id) {
    warnings.push(tr.t('debrief.warning.otherScenario', { saved: save.scenario.id, scenario: scenario.meta.id }));
  } else if (save.scenario.hash !== scenario.hash) {
    warnings.push(
      tr.t('debrief.warning.changed', {
        playedVersion: save.scenario.version,
        playedHash: save.scenario.hash.slice(0, 12),
        version: scenario.meta.version,
        hash: scenario.hash.slice(0, 12),
      }),
    );
  }
  if (score.unknownChoices.length > 0) {
    warnings.push(tr.t('debrief.warning.unknownChoices', { choices: score.unknownChoices.join(', ') }));
  }
  if (!save.finished) warnings.push(tr.t('debrief.warning.interim'));
  else if (state.ending === null) {
    // Ended early (issue #16, point 9): say so wherever the report goes, before any figure.
    warnings.push(tr.t('debrief.warning.incomplete', { count: state.chosen.length }));
  }

  const decisions: DecisionRecord[] = timeline.decisions.map((d, index) => {
    const found = choiceWithBeat(scenario, d.choice);
    const beat = scenario.beats.find((b) => b.id === d.beat);
    const rating = found?.choice.rating ?? null;
    return {
      index: index + 1,
      beat: d.beat,
      beatTitle: beatTitle(scenario, d.beat, lang),
      prompt: beat?.decision ? t(beat.decision.prompt) : '',
      time: d.entry.time,
      timeLabel: at(d.entry.time),
      choice: d.choice,
      label: choiceLabel(scenario, d.choice, lang),
      category: found?.choice.category ?? '',
      categoryLabel: found ? categoryLabel(scenario, found.choice.category, lang) : '',
      rating,
      points: rating === null ? null : DECISION_POINTS[rating],
      strategy: found?.choice.strategy ?? null,
      expired: d.expired,
      seconds: d.seconds === null ? null : Math.round(d.seconds),
      limit: d.limit,
      // The story and the feedback variants the engine picked after this choice's outcome.
      consequence: t((found && consequenceText(found.choice, consequenceCaseIn(d.entry.notices, d.choice))) ?? ''),
      feedback: found ? t(feedbackText(found.choice, feedbackCaseIn(d.entry.notices, d.choice))) : '',
      references: (found?.choice.references ?? []).map(t),
      alternatives: (() => {
        const picked = alternativeFeedbackCases(scenario, save, d.entry.seq);
        return (beat?.decision?.choices ?? [])
          .filter((c) => c.id !== d.choice)
          .map((c) => ({
            choice: c.id,
            label: t(c.label),
            rating: c.rating,
            // The variant this team's route would have picked, as the chosen option's is.
            feedback: t(c.feedbackCases === undefined ? c.feedback : feedbackText(c, picked(c.id))),
          }));
      })(),
      meterChanges: d.entry.notices.flatMap((n) =>
        n.kind === 'meter'
          ? [
              {
                meter: n.meter,
                label: meterLabel(scenario, n.meter, lang),
                from: n.from,
                to: n.to,
                cause: n.cause,
                // The decision's own claim is not named by its label a second time.
                causeLabel:
                  n.cause === `claim:${d.choice}`
                    ? tr.t('debrief.cause.ownClaim')
                    : causeLabel(scenario, n.cause, lang, tr),
              },
            ]
          : [],
      ),
    };
  });

  const meters: MeterSeries[] = scenario.meters.map((m) => {
    const final = state.meters[m.id] ?? m.start;
    const band = [...m.bands].reverse().find((b) => final >= b.from);
    return {
      id: m.id,
      label: t(m.label),
      min: m.min,
      max: m.max,
      good: m.good,
      start: m.start,
      final,
      finalBand: band ? t(band.label) : '',
      points: timeline.series.get(m.id) ?? [],
      limits: timeline.limits
        .filter((limit) => limit.meter === m.id)
        .map((limit) => ({
          bound: limit.bound,
          value: limit.value,
          time: limit.time,
          timeLabel: at(limit.time),
          cause: limit.cause,
          causeLabel: limitCause(scenario, state, limit.cause, lang, tr),
        })),
    };
  });

  const claims: ClaimReport[] = claimReports(scenario, state, timeline.standing, lang, at, tr);

  const deadlines: DeadlineReport[] = scenario.deadlines.map((d) => {
    const clock = state.deadlines[d.id];
    const startedAt = clock?.startedAt ?? null;
    // The due hour, from the calendar for a business-day clock; a miss is dated there too.
    const dueAt = startedAt === null ? null : dueHour(scenario, d, startedAt);
    const resolvedAt = clock?.resolvedAt ?? null;
    return {
      id: d.id,
      label: t(d.label),
      reference: t(d.reference ?? ''),
      // From the start to the due hour by the one rule, `starts_after` included; a business-day
      // clock that never started has no calendar to count on.
      hours: dueAt !== null && startedAt !== null ? dueAt - startedAt : d.businessDays === undefined ? dueHour(scenario, d, 0) : 0,
      businessDays: d.businessDays ?? null,
      window: windowWords(d, tr),
      status: clock?.status ?? 'idle',
      startedAt,
      dueAt,
      resolvedAt,
      startedLabel: startedAt === null ? '' : at(startedAt),
      dueLabel: dueAt === null ? '' : at(dueAt),
      resolvedLabel: resolvedAt === null ? '' : at(resolvedAt),
    };
  });

  const ending =
    state.ending === null ? undefined : scenario.endings.find((e) => e.id === state.ending);
  const questions = timeline.beatsPlayed.flatMap((id) => {
    const beat = scenario.beats.find((b) => b.id === id);
    if (!beat || beat.facilitator.questions.length === 0) return [];
    const asked = beat.facilitator.questions.map((q) => {
      const role = questionRole(scenario, q);
      return role === null ? t(q.text) : `${t(role.label)}: ${t(q.text)}`;
    });
    return [{ beat: id, title: t(beat.title), questions: asked }];
  });
  const playedMs = Math.max(0, timeline.lastWall - timeline.firstWall - timeline.pausedMs);
  const caseTimeline = caseTimelineReport(scenario, lang, tr);
  const authorNotes = authorNotesReport(scenario, lang);

  const report: Omit<
    DebriefReport,
    'executiveSummary' | 'strengths' | 'improvements' | 'improvementPlan'
  > = {
    format: REPORT_FORMAT,
    version: REPORT_VERSION,
    lang,
    interfaceLang: tr.lang,
    overview: {
      scenarioId: save.scenario.id,
      title: t(scenario.meta.title),
      version: save.scenario.version,
      author: scenario.meta.author,
      hash: save.scenario.hash,
      team: save.team ?? '',
      seed: save.seed,
      startedAt: isoMinute(timeline.firstWall),
      endedAt: isoMinute(timeline.lastWall),
      minutes: round1(playedMs / 60_000),
      plannedMinutes: scenario.meta.durationMinutes,
      inGameHours: round1(state.time),
      finished: save.finished,
      role: t(scenario.meta.role),
      audience: t(scenario.meta.audience),
      difficulty: scenario.meta.difficulty,
      summary: t(scenario.meta.summary),
      objectives: scenario.meta.objectives.map(t),
      caseNote: t(scenario.meta.caseNote),
    },
    warnings,
    ending: ending
      ? {
          id: ending.id,
          title: t(ending.title),
          tone: ending.tone,
          epilogue: t(epilogueText(ending, epilogueCaseIn(save.log.flatMap((entry) => entry.notices), ending.id))),
        }
      : null,
    score,
    meters,
    decisions,
    claims,
    deadlines,
    questions,
    notes: observerNotes(scenario, save.log, lang, tr),
    events: sessionEvents(scenario, save.log, lang, tr),
    bestPath: options.bestPath
      ? bestPathReport(
          scenario,
          options.bestPath,
          decisions,
          lang,
          options.bestScore ?? null,
          options.bestPathKind ?? 'best',
        )
      : null,
    ...(caseTimeline !== null && { caseTimeline }),
    ...(authorNotes !== null && { authorNotes }),
    save,
  };
  const { strengths, improvements } = draftObservations(report, tr);
  return {
    ...report,
    executiveSummary: draftSummary(report, tr),
    strengths,
    improvements,
    improvementPlan: draftImprovementPlan(report, save.savedAt, planOwners(scenario, lang, tr), tr),
  };
}

function meterLabel(scenario: Scenario, id: string, lang: string): string {
  const meter = scenario.meters.find((m) => m.id === id);
  return meter ? text(meter.label, lang) : id;
}
