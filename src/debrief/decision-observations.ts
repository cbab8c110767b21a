/**
 * The decisions' part of the strengths and areas for improvement, each choice described once per
 * list: a decision an objective's evidence already names there ("Chose ...", "Avoided ...") adds
 * its feedback to that objective's observation instead of a second line about the same choice,
 * and a harmful choice taken when time ran out is one observation, not two.
 */
import type { DecisionRecord, Observation } from './types';
import type { Translator } from '../i18n/translator';


/** An observation with the choices it already names (those an objective's evidence found taken). */
export interface Drafted {
  observation: Observation;
  readonly named: ReadonlySet<string>;
}

const NONE: ReadonlySet<string> = new Set();

/** Adds `observation` about the choice in `d` to `list`, or folds it into the one that names it. */
function addAbout(list: Drafted[], d: DecisionRecord, observation: Observation, tr: Translator): void {
  const owner = list.find((x) => x.named.has(d.choice));
  if (!owner) {
    list.push({ observation, named: new Set([d.choice]) });
    return;
  }
  const was = owner.observation;
  owner.observation = {
    ...was,
    analysis: tr.t('debrief.observation.foldedAt', { before: was.analysis, beat: d.beatTitle, analysis: observation.analysis }),
  };
}

/** A harmful decision's feedback and, unless the list already names it, its recommended alternative. */
function harmfulAnalysis(d: DecisionRecord, list: readonly Drafted[], tr: Translator): string {
  const better = d.alternatives.find((a) => a.rating === 'recommended');
  const named = better !== undefined && list.some((x) => x.named.has(better.choice));
  return better && !named
    ? tr.t('debrief.observation.betterWas', { feedback: d.feedback, choice: better.label })
    : d.feedback;
}

export function addDecisionObservations(
  decisions: readonly DecisionRecord[],
  strengths: Drafted[],
  improvements: Drafted[],
  tr: Translator,
): void {
  for (const d of decisions) {
    const named = { beat: d.beatTitle, choice: d.label };
    if (d.rating === 'recommended')
      addAbout(strengths, d, {
        title: tr.t('debrief.observation.decision', named),
        analysis: d.feedback,
        capability: d.categoryLabel,
      }, tr);
    const limit = d.limit ?? '?';
    if (d.rating === 'harmful')
      addAbout(improvements, d, {
        title: tr.t(d.expired ? 'debrief.observation.decisionExpired' : 'debrief.observation.decision', named),
        analysis: d.expired
          ? tr.t('debrief.observation.harmfulExpired', { limit, analysis: harmfulAnalysis(d, improvements, tr) })
          : harmfulAnalysis(d, improvements, tr),
        capability: d.categoryLabel,
      }, tr);
    else if (d.expired)
      improvements.push({
        observation: {
          title: tr.t('debrief.observation.ranOutTitle', named),
          analysis: tr.t('debrief.observation.ranOut', { limit, choice: d.label }),
          capability: d.categoryLabel,
        },
        named: new Set([d.choice]),
      });
  }
}

/** Plain observations, for the report. */
export const observationsOf = (list: readonly Drafted[]): Observation[] =>
  list.map((x) => x.observation);

/** An observation that names no choice. */
export const unnamed = (observation: Observation): Drafted => ({ observation, named: NONE });
