/**
 * Surface strategies: ways to play that need no judgment (press the first option, pick the longest,
 * take whatever helps the meters now, always pick the same category), played through the engine's
 * real rules (play.ts). Chance is not fixed by a seed: every roll a strategy meets is followed both
 * ways, and the report gives its worst and best playthrough. A strategy that can reach a good or
 * best ending, or score near the best, is a finding: the scenario can be won without judging anything.
 */
import type { DesignCodeId } from '../../scenario/design-codes';
import type { Scenario } from '../../scenario/types';
import type { Brancher } from './branches';
import { choiceLength, headlinesOf, immediateEffect } from './measures';
import { play, rank, startWalks, winning, type Pick } from './play';
import type { FindingWords, StrategyReport } from './types';

export interface Strategy {
  readonly strategy: string;
  readonly description: string;
  readonly descriptionWords: FindingWords;
  readonly code: DesignCodeId;
  readonly category?: string;
  readonly pick: Pick;
}

/** The offered choice with the highest value; ties go to the first in file order. */
function highest(offered: readonly number[], value: (choice: number) => number): number {
  let best = offered[0]!;
  let bestValue = value(best);
  for (const choice of offered.slice(1)) {
    const v = value(choice);
    if (v > bestValue) {
      best = choice;
      bestValue = v;
    }
  }
  return best;
}

/** A strategy's description as catalog words (`findings.strategy.<key>`). */
const said = (key: string, values: Record<string, string> = {}): FindingWords => ({ key: `strategy.${key}`, values });

/** Every category a choice shows, in the order the file first uses them. */
const categoriesOf = (scenario: Scenario): string[] => [...new Set(scenario.beats.flatMap((beat) => beat.decision?.choices.map((choice) => choice.category) ?? []))];

/**
 * The surface strategies of a scenario. Categories are shown to the room, so "always this
 * category" reads only the surface too: one such strategy per category, taking the first of the
 * category offered (else the first choice), and one taking the longest (else the longest).
 */
export function surfaceStrategies(scenario: Scenario, brancher: Brancher): Strategy[] {
  const choices = brancher.packed.compiled.choiceList;
  const heads = headlinesOf(scenario);
  const lengths = choices.map((choice) => choiceLength(choice, scenario.languages[0]));
  const greedy = (weights: readonly number[]): Pick => (state, offered) =>
    highest(offered, (choice) => immediateEffect(brancher, state, choice, heads).reduce((sum, effect, at) => sum + weights[at]! * effect, 0));
  const first: Pick = (_state, offered) => offered[0]!;
  const longest: Pick = (_state, offered) => highest(offered, (choice) => lengths[choice]!);
  const preferring = (category: string, fallback: Pick): Pick => (state, offered) => {
    const of = offered.filter((choice) => choices[choice]!.category === category);
    return fallback(state, of.length > 0 ? of : offered);
  };
  return [
    { strategy: 'always-first', description: 'always the first choice in file order', descriptionWords: said('first'), code: 'CR523', pick: first },
    { strategy: 'always-longest', description: 'always the choice with the longest label and description', descriptionWords: said('longest'), code: 'CR524', pick: longest },
    { strategy: 'always-shortest', description: 'always the choice with the shortest label and description', descriptionWords: said('shortest'), code: 'CR525', pick: (_state, offered) => highest(offered, (choice) => -lengths[choice]!) },
    {
      strategy: 'greedy-headline',
      description: `always the choice that does most for the headline meters right away (${heads.map((head) => head.meter.id).join(' + ')})`,
      descriptionWords: said('greedyHeadline', { meters: heads.map((head) => head.meter.id).join(' + ') }),
      code: 'CR526',
      pick: greedy(heads.map(() => 1)),
    },
    ...heads.map((head, at): Strategy => ({
      strategy: `greedy-${head.meter.id}`,
      description: `always the choice that does most for ${head.meter.id} right away`,
      descriptionWords: said('greedyMeter', { meter: head.meter.id }),
      code: 'CR527',
      pick: greedy(heads.map((_other, index) => (index === at ? 1 : 0))),
    })),
    ...categoriesOf(scenario).flatMap((category): Strategy[] => [
      {
        strategy: `category-${category}`,
        description: `a ${category} choice whenever one is offered (the first of them), else the first choice`,
        descriptionWords: said('category', { category }),
        code: 'CR528',
        category,
        pick: preferring(category, first),
      },
      {
        strategy: `category-${category}-longest`,
        description: `a ${category} choice whenever one is offered (the longest of them), else the longest choice`,
        descriptionWords: said('categoryLongest', { category }),
        code: 'CR528',
        category,
        pick: preferring(category, longest),
      },
    ]),
  ];
}

/**
 * Every surface strategy's worst and best playthrough. `bestScore` is the best score any
 * playthrough reaches (null when not known exactly: then only the ending's tone decides a win).
 * `seen` collects, per beat (by index), the first state a strategy met there.
 */
export function playStrategies(scenario: Scenario, brancher: Brancher, strategies: readonly Strategy[], bestScore: number | null, seen: Map<number, Float64Array>): StrategyReport[] {
  return strategies.flatMap((strategy) => {
    const runs = play(scenario, brancher, strategy.pick, startWalks(brancher), { seen });
    // None when the analysis's budget was already spent: the review leaves strategies out then.
    if (runs.length === 0) return [];
    const worst = runs.reduce((a, b) => (rank(b) < rank(a) ? b : a));
    const best = runs.reduce((a, b) => (rank(b) > rank(a) ? b : a));
    const wins = runs.some((run) => winning(run, bestScore));
    const { category } = strategy;
    return [{ strategy: strategy.strategy, description: strategy.description, descriptionWords: strategy.descriptionWords, code: strategy.code, ...(category !== undefined && { category }), worst, best, playthroughs: runs.length, wins }];
  });
}
