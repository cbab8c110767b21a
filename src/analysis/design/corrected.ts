/**
 * CR529, a surface strategy wins once one decision is corrected. Each surface strategy that fails
 * is played again, and at every decision where it leaves the recommended choice, that one choice is
 * put right and the strategy plays on (every chance outcome followed). If that reaches a good or
 * best ending, the failure rested on that one decision: a room that judges nothing but it still
 * wins, and the scenario's difficulty is one question, not a play.
 */
import { readField } from '../../engine/layout';
import type { Scenario } from '../../scenario/types';
import { stepsLeft, type Budget } from '../budget';
import type { Brancher } from './branches';
import { keyOf, play, startWalks, stepWalk, winning, type Walk } from './play';
import type { Strategy } from './strategies';
import { CORRECTION_STEPS } from './thresholds';
import type { FindingWords, Found, StrategyReport, StrategyRun } from './types';
import { toneWords } from '../../i18n/tone-words';

interface Corrected {
  readonly strategy: string;
  /** The strategy's own choice there, and the recommended one put in its place. */
  readonly from: string;
  readonly to: string;
  readonly run: StrategyRun;
}

export interface Corrections {
  readonly found: Found[];
  /** False when the step limit cut the search short: then a correction may have been missed. */
  readonly complete: boolean;
}

/** Strategies a finding names; the rest are counted. */
const NAMED = 4;


/**
 * The decisions (by beat index) at which correcting one choice lets a failing strategy win, with
 * the first such playthrough for each strategy. Bounded by CORRECTION_STEPS engine steps, and never
 * spends the last of the analysis's budget (the review's other searches have run by then).
 */
function corrections(scenario: Scenario, brancher: Brancher, strategies: readonly Strategy[], failing: ReadonlySet<string>, bestScore: number | null, budget: Budget | undefined): { byBeat: Map<number, Corrected[]>; complete: boolean } {
  const { compiled, layout } = brancher.packed;
  const choices = compiled.choiceList;
  const recommended = (choice: number): boolean => choices[choice]!.rating === 'recommended';
  const start = brancher.steps();
  const limit = Math.min(CORRECTION_STEPS, budget ? stepsLeft(budget) - 1 : Infinity);
  let cut = false;
  const byBeat = new Map<number, Corrected[]>();
  const objectives = new Map<string, number>();
  for (const strategy of strategies.filter((s) => failing.has(s.strategy))) {
    const tried = new Set<string>();
    const won = new Set<number>();
    const decided = (walk: Walk, offered: readonly number[], choice: number): void => {
      const beat = readField(walk.state, 0, layout.beat);
      if (cut || recommended(choice) || won.has(beat)) return;
      for (const fix of offered.filter(recommended)) {
        if (brancher.steps() - start > limit) {
          cut = true;
          return;
        }
        const key = `${fix}:${keyOf(walk.state, layout.keyWidth)}`;
        if (tried.has(key)) continue;
        tried.add(key);
        const runs = play(scenario, brancher, strategy.pick, stepWalk(brancher, walk, fix), { enough: (run) => winning(run, bestScore), objectives });
        const run = runs.find((r) => winning(r, bestScore));
        if (!run) continue;
        won.add(beat);
        const list = byBeat.get(beat) ?? [];
        list.push({ strategy: strategy.strategy, from: choices[choice]!.id, to: choices[fix]!.id, run });
        byBeat.set(beat, list);
        return;
      }
    };
    play(scenario, brancher, strategy.pick, startWalks(brancher), { decided, enough: () => cut });
    if (cut) break;
  }
  return { byBeat, complete: !cut && !(budget && stepsLeft(budget) === 0) };
}

/** CR529 findings, one per decision that alone separates a failing surface strategy from a win. */
export function correctedFindings(scenario: Scenario, brancher: Brancher, strategies: readonly Strategy[], reports: readonly StrategyReport[], bestScore: number | null, budget?: Budget): Corrections {
  // The six strategies of CR523-CR527 only: the category strategies (CR528) would more than double
  // the cost, and a category that fails by one decision is already a failing surface strategy's twin.
  const failing = new Set(reports.filter((report) => !report.wins && report.category === undefined).map((report) => report.strategy));
  const { byBeat, complete } = corrections(scenario, brancher, strategies, failing, bestScore, budget);
  const found = [...byBeat.entries()]
    .sort(([a], [b]) => a - b)
    .map(([beat, list]): Found => {
      const first = list[0]!;
      const shown = list.slice(0, NAMED).map((c) => `${c.strategy} ('${c.to}' for '${c.from}')`).join(', ');
      const names = list.length > NAMED ? `${shown} and ${list.length - NAMED} more` : shown;
      const each: FindingWords[] = list.slice(0, NAMED).map((c) => ({ key: 'CR529.fix', values: { strategy: c.strategy, to: c.to, from: c.from } }));
      const words: FindingWords = {
        key: 'CR529',
        values: {
          count: list.length,
          names: list.length > NAMED ? { key: 'CR529.more', values: { shown: each, more: list.length - NAMED } } : each,
          strategy: first.strategy,
          ending: first.run.ending ?? '',
          tone: first.run.tone === null ? '' : toneWords(first.run.tone),
          score: first.run.score,
        },
      };
      return {
        code: 'CR529',
        message: `putting right this one decision lets ${list.length === 1 ? 'a surface strategy that otherwise fails' : `${list.length} surface strategies that otherwise fail`} win: ${names}; ${first.strategy} then reaches '${first.run.ending}' (${first.run.tone}) with score ${first.run.score}. The scenario's difficulty rests on this decision alone: a room that judges nothing else still wins. Spread the failure across the play: let the moves these strategies make at other decisions cost the ending too (caps, ending conditions that need judgment elsewhere), or make the right answer here depend on what the team did before`,
        words,
        path: ['beats', beat, 'decision'],
        places: [['beats', beat, 'decision']],
        route: first.run.route,
        rolls: first.run.rolls,
      };
    });
  return { found, complete };
}
