/// <reference lib="webworker" />
/** Runs the exhaustive analysis off the main thread and answers with the best route. */
import { analyze } from '../../analysis/index';
import type { Scenario } from '../../scenario/types';
import type { BestPathOutcome } from './best-path';

self.addEventListener(
  'message',
  (event: MessageEvent<{ scenario: Scenario; maxStates: number; maxSteps: number }>) => {
    let answer: BestPathOutcome;
    try {
      // Only the score is wanted: no sampled playthroughs for reachability past the cap.
      const { score } = analyze(event.data.scenario, { maxStates: event.data.maxStates, maxSteps: event.data.maxSteps, witnessRuns: 0 });
      answer = !score.exact
        ? { ok: false, reason: score.reason, words: score.words }
        : score.best
          ? { ok: true, choices: score.best.route.choices, score: score.best.score }
          : { ok: false, reason: 'no playthrough reaches an ending', words: { key: 'report.score.noEnding', values: {} } };
    } catch (error) {
      answer = { ok: false, reason: error instanceof Error ? error.message : String(error) };
    }
    self.postMessage(answer);
  },
);
