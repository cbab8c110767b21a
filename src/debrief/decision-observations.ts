/**
 * The decisions' part of the strengths and areas for improvement, each choice described once per
 * list: a decision an objective's evidence already names there ("Chose ...", "Avoided ...") adds
 * its feedback to that objective's observation instead of a second line about the same choice,
 * and a harmful choice taken when time ran out is one observation, not two.
 */
import type { DecisionRecord, Observation } from './types';

/** An observation with the choices it already names (those an objective's evidence found taken). */
export interface Drafted {
  observation: Observation;
  readonly named: ReadonlySet<string>;
}

const NONE: ReadonlySet<string> = new Set();

/** Adds `observation` about the choice in `d` to `list`, or folds it into the one that names it. */
function addAbout(list: Drafted[], d: DecisionRecord, observation: Observation): void {
  const owner = list.find((x) => x.named.has(d.choice));
  if (!owner) {
    list.push({ observation, named: new Set([d.choice]) });
    return;
  }
  const was = owner.observation;
  owner.observation = {
    ...was,
    analysis: `${was.analysis} At "${d.beatTitle}": ${observation.analysis}`,
  };
}

/** A harmful decision's feedback and, unless the list already names it, its recommended alternative. */
function harmfulAnalysis(d: DecisionRecord, list: readonly Drafted[]): string {
  const better = d.alternatives.find((a) => a.rating === 'recommended');
  const named = better !== undefined && list.some((x) => x.named.has(better.choice));
  return better && !named
    ? `${d.feedback} A recommended alternative was "${better.label}".`
    : d.feedback;
}

export function addDecisionObservations(
  decisions: readonly DecisionRecord[],
  strengths: Drafted[],
  improvements: Drafted[],
): void {
  for (const d of decisions) {
    if (d.rating === 'recommended')
      addAbout(strengths, d, {
        title: `${d.beatTitle}: "${d.label}"`,
        analysis: d.feedback,
        capability: d.categoryLabel,
      });
    const ranOut = `The room did not decide within ${d.limit ?? '?'} seconds`;
    if (d.rating === 'harmful')
      addAbout(improvements, d, {
        title: `${d.beatTitle}: "${d.label}"${d.expired ? ' (time ran out)' : ''}`,
        analysis: `${d.expired ? `${ranOut}; it was taken by default. ` : ''}${harmfulAnalysis(d, improvements)}`,
        capability: d.categoryLabel,
      });
    else if (d.expired)
      improvements.push({
        observation: {
          title: `${d.beatTitle}: time ran out`,
          analysis: `${ranOut}; "${d.label}" was taken by default.`,
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
