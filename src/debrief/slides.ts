/**
 * The debrief as slides for the room (issue #16, To build 4): one slide per decision, then the
 * ending, claims, deadlines, objectives and the improvement plan. Plain data in the report's
 * words, so the presenter view only lays it out and every slide says the same as the report.
 */
import { noClaims } from './claim-words';
import { evidenceTally, overallText } from './partial-words';
import { claimContradicted, claimWhat, dueLabel } from './report-tables';
import type { DebriefReport, DecisionRecord, ObjectiveRating } from './types';
import { deadlineShownWords, deadlineStatusWords, ratingWords } from './words';
import type { Translator } from '../i18n/translator';
import { debriefEnglish } from './debrief-english';
import type { Rating } from '../scenario/types';

export interface SlideMeter {
  readonly label: string;
  readonly before: number;
  readonly after: number;
}

export interface SlideChoice {
  readonly label: string;
  readonly rating: Rating | null;
  readonly feedback: string;
}

export type Slide =
  | {
      readonly kind: 'title';
      readonly heading: string;
      readonly lines: readonly string[];
      readonly score: string;
    }
  | {
      readonly kind: 'decision';
      readonly heading: string;
      readonly prompt: string;
      /** When, and how it was decided ("Day 1, 09:00 · the clock ran out: the default was taken"). */
      readonly when: string;
      readonly chosen: SlideChoice & { readonly expired: boolean };
      readonly alternatives: readonly SlideChoice[];
      readonly meters: readonly SlideMeter[];
    }
  | {
      readonly kind: 'ending';
      readonly heading: string;
      readonly title: string | null;
      readonly tone: string | null;
      readonly epilogue: string;
    }
  | {
      readonly kind: 'claims';
      readonly heading: string;
      readonly empty: string;
      readonly rows: readonly {
        readonly what: string;
        readonly said: string;
        readonly actual: string;
        readonly contradicted: string;
        readonly wrong: boolean;
      }[];
    }
  | {
      readonly kind: 'deadlines';
      readonly heading: string;
      readonly empty: string;
      readonly rows: readonly {
        readonly label: string;
        readonly reference: string;
        readonly status: string;
        readonly good: boolean | null;
        readonly when: string;
      }[];
    }
  | {
      readonly kind: 'objectives';
      readonly heading: string;
      readonly empty: string;
      readonly rows: readonly {
        readonly label: string;
        readonly capability: string;
        /** Null when the run ended before any of its evidence was settled. */
        readonly rating: ObjectiveRating | null;
        readonly ratingWords: string;
        readonly tally: string;
      }[];
    }
  | {
      readonly kind: 'plan';
      readonly heading: string;
      readonly empty: string;
      readonly rows: readonly {
        readonly issue: string;
        readonly action: string;
        readonly owner: string;
        readonly due: string;
      }[];
    };

export interface SlideDeck {
  readonly title: string;
  /** Said on every slide when the run ended before any ending; null for a complete run. */
  readonly incomplete: string | null;
  readonly slides: readonly Slide[];
}

/** What every slide of an incomplete run carries, so no slide reads as a full run's (English). */
export const INCOMPLETE_SLIDE_NOTE = debriefEnglish.t('debrief.slides.incomplete');

/** The presenter's slides in `tr`'s language (the report's own: build the report in it). */
export function buildSlides(r: DebriefReport, tr: Translator = debriefEnglish): SlideDeck {
  const incomplete = r.score.partial === true || r.ending === null;
  return {
    title: r.overview.title,
    incomplete: incomplete ? tr.t('debrief.slides.incomplete') : null,
    slides: [
      titleSlide(r, tr),
      ...r.decisions.map((d) => decisionSlide(r, d, tr)),
      endingSlide(r, tr),
      claimsSlide(r, tr),
      deadlinesSlide(r, tr),
      objectivesSlide(r, tr),
      planSlide(r, tr),
    ],
  };
}

function titleSlide(r: DebriefReport, tr: Translator): Slide {
  const o = r.overview;
  const c = r.score.counts;
  return {
    kind: 'title',
    heading: o.title,
    lines: [
      o.team ? tr.t('debrief.html.team', { team: o.team }) : tr.t('debrief.html.teamNotNamed'),
      tr.t('debrief.slides.played', { count: r.decisions.length, hours: o.inGameHours, minutes: o.minutes }),
      tr.t('debrief.slides.counts', { recommended: c.recommended, acceptable: c.acceptable, harmful: c.harmful }),
      tr.t('debrief.slides.deadlinesMet', { met: r.deadlines.filter((d) => d.status === 'met').length, total: r.deadlines.length }),
      r.ending
        ? tr.t('debrief.slides.ending', { ending: r.ending.title, tone: tr.t(`debrief.toneShort.${r.ending.tone}`) })
        : tr.t('debrief.slides.noEnding'),
    ],
    score: tr.t('debrief.slides.score', { score: overallText(r.score, tr) }),
  };
}

/**
 * Each meter as the decision found it and left it. A meter the decision's step moved reads from
 * its changes; any other stood where the series had it at the decision's hour.
 */
function decisionMeters(r: DebriefReport, d: DecisionRecord): SlideMeter[] {
  return r.meters.map((m) => {
    const changes = d.meterChanges.filter((c) => c.meter === m.id);
    const first = changes[0];
    const last = changes[changes.length - 1];
    if (first && last) return { label: m.label, before: first.from, after: last.to };
    const at = [...m.points].reverse().find((p) => p.time <= d.time)?.value ?? m.start;
    return { label: m.label, before: at, after: at };
  });
}

function decisionSlide(r: DebriefReport, d: DecisionRecord, tr: Translator): Slide {
  return {
    kind: 'decision',
    heading: tr.t('debrief.slides.decision', { index: d.index, count: r.decisions.length, beat: d.beatTitle }),
    prompt: d.prompt,
    when: [d.timeLabel, d.categoryLabel, d.expired ? tr.t('debrief.slides.expired') : '']
      .filter(Boolean)
      .join(' · '),
    chosen: { label: d.label, rating: d.rating, feedback: d.feedback, expired: d.expired },
    alternatives: d.alternatives.map((a) => ({
      label: a.label,
      rating: a.rating,
      feedback: a.feedback,
    })),
    meters: decisionMeters(r, d),
  };
}

function endingSlide(r: DebriefReport, tr: Translator): Slide {
  return {
    kind: 'ending',
    heading: tr.t('debrief.slides.howItEnded'),
    title: r.ending?.title ?? null,
    tone: r.ending?.tone ?? null,
    epilogue: r.ending?.epilogue ?? tr.t('debrief.summary.noEnding'),
  };
}

function claimsSlide(r: DebriefReport, tr: Translator): Slide {
  return {
    kind: 'claims',
    heading: tr.t('debrief.slides.claims'),
    empty: noClaims(tr),
    rows: r.claims.map((c) => ({
      what: claimWhat(c, tr),
      said: `${c.said} ${c.unit}`,
      actual: `${tr.number(c.actual)} ${c.unit}`,
      contradicted: claimContradicted(c, tr),
      wrong: c.contradicted !== null,
    })),
  };
}

function deadlinesSlide(r: DebriefReport, tr: Translator): Slide {
  return {
    kind: 'deadlines',
    heading: tr.t('debrief.export.deadlines'),
    empty: tr.t('debrief.export.noDeadlines'),
    rows: r.deadlines.map((d) => ({
      label: d.label,
      reference: d.reference,
      status: deadlineShownWords(d.status, tr, (status) => deadlineStatusWords(status, tr)),
      good: d.status === 'met' ? true : d.status === 'idle' ? null : false,
      when: d.resolvedLabel || (d.dueLabel ? tr.t('debrief.slides.due', { due: d.dueLabel }) : ''),
    })),
  };
}

function objectivesSlide(r: DebriefReport, tr: Translator): Slide {
  return {
    kind: 'objectives',
    heading: tr.t('debrief.export.objectives'),
    empty: tr.t('debrief.slides.noRubric'),
    rows: r.score.rubric.map((o) => ({
      label: o.label,
      capability: o.capability,
      rating: o.unjudged === true ? null : o.rating,
      ratingWords: o.unjudged === true ? tr.t('debrief.slides.notJudged') : ratingWords(o.rating, tr),
      tally: evidenceTally(o, tr),
    })),
  };
}

function planSlide(r: DebriefReport, tr: Translator): Slide {
  return {
    kind: 'plan',
    heading: tr.t('debrief.export.plan'),
    empty: tr.t('debrief.export.noActions'),
    rows: r.improvementPlan.map((p) => ({
      issue: p.issue,
      action: p.action,
      owner: p.owner,
      due: dueLabel(p, tr),
    })),
  };
}
