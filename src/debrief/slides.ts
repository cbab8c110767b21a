/**
 * The debrief as slides for the room (issue #16, To build 4): one slide per decision, then the
 * ending, claims, deadlines, objectives and the improvement plan. Plain data in the report's
 * words, so the presenter view only lays it out and every slide says the same as the report.
 */
import { NO_CLAIMS } from './claim-words';
import { evidenceTally, overallText, PARTIAL_MARK } from './partial-words';
import { claimContradicted, claimWhat, dueLabel } from './report-tables';
import type { DebriefReport, DecisionRecord, ObjectiveRating } from './types';
import { DEADLINE_STATUS_WORDS, RATING_WORDS } from './words';
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

/** What every slide of an incomplete run carries, so no slide reads as a full run's. */
export const INCOMPLETE_SLIDE_NOTE = `Incomplete run: the exercise was ended before any ending; the score is ${PARTIAL_MARK}.`;

export function buildSlides(r: DebriefReport): SlideDeck {
  const incomplete = r.score.partial === true || r.ending === null;
  return {
    title: r.overview.title,
    incomplete: incomplete ? INCOMPLETE_SLIDE_NOTE : null,
    slides: [
      titleSlide(r),
      ...r.decisions.map((d) => decisionSlide(r, d)),
      endingSlide(r),
      claimsSlide(r),
      deadlinesSlide(r),
      objectivesSlide(r),
      planSlide(r),
    ],
  };
}

function titleSlide(r: DebriefReport): Slide {
  const o = r.overview;
  const n = r.decisions.length;
  const c = r.score.counts;
  return {
    kind: 'title',
    heading: o.title,
    lines: [
      o.team ? `Team ${o.team}` : 'Team not named',
      `${n} decision${n === 1 ? '' : 's'} in ${o.inGameHours} in-game hours, ${o.minutes} min played`,
      `${c.recommended} recommended, ${c.acceptable} acceptable, ${c.harmful} harmful`,
      `Deadlines met: ${r.deadlines.filter((d) => d.status === 'met').length} of ${r.deadlines.length}`,
      r.ending ? `Ending: ${r.ending.title} (${r.ending.tone})` : 'No ending: the exercise was ended early',
    ],
    score: `Score ${overallText(r.score)}`,
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

function decisionSlide(r: DebriefReport, d: DecisionRecord): Slide {
  return {
    kind: 'decision',
    heading: `Decision ${d.index} of ${r.decisions.length}: ${d.beatTitle}`,
    prompt: d.prompt,
    when: [d.timeLabel, d.categoryLabel, d.expired ? 'the clock ran out: the default was taken' : '']
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

function endingSlide(r: DebriefReport): Slide {
  return {
    kind: 'ending',
    heading: 'How it ended',
    title: r.ending?.title ?? null,
    tone: r.ending?.tone ?? null,
    epilogue: r.ending?.epilogue ?? 'The exercise was ended before the story reached an ending.',
  };
}

function claimsSlide(r: DebriefReport): Slide {
  const n = (x: number): string => x.toLocaleString('en-US');
  return {
    kind: 'claims',
    heading: 'Claims against the facts',
    empty: NO_CLAIMS,
    rows: r.claims.map((c) => ({
      what: claimWhat(c),
      said: `${c.said} ${c.unit}`,
      actual: `${n(c.actual)} ${c.unit}`,
      contradicted: claimContradicted(c),
      wrong: c.contradicted !== null,
    })),
  };
}

function deadlinesSlide(r: DebriefReport): Slide {
  return {
    kind: 'deadlines',
    heading: 'Deadlines',
    empty: 'The scenario has no deadlines.',
    rows: r.deadlines.map((d) => ({
      label: d.label,
      reference: d.reference,
      status: DEADLINE_STATUS_WORDS[d.status],
      good: d.status === 'met' ? true : d.status === 'idle' ? null : false,
      when: d.resolvedLabel || (d.dueLabel ? `due ${d.dueLabel}` : ''),
    })),
  };
}

function objectivesSlide(r: DebriefReport): Slide {
  return {
    kind: 'objectives',
    heading: 'Objectives',
    empty: 'The scenario has no rubric.',
    rows: r.score.rubric.map((o) => ({
      label: o.label,
      capability: o.capability,
      rating: o.unjudged === true ? null : o.rating,
      ratingWords: o.unjudged === true ? 'Not judged' : RATING_WORDS[o.rating],
      tally: evidenceTally(o),
    })),
  };
}

function planSlide(r: DebriefReport): Slide {
  return {
    kind: 'plan',
    heading: 'Improvement plan',
    empty: 'No corrective actions drafted.',
    rows: r.improvementPlan.map((p) => ({
      issue: p.issue,
      action: p.action,
      owner: p.owner,
      due: dueLabel(p),
    })),
  };
}
