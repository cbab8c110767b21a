/**
 * The best path beside the team's: from the caller when given, else computed by the analysis
 * tools in a worker (an exhaustive search can take seconds), so the page never stalls.
 */
import {
  bestPathReport,
  recommendedPath,
  type BestPathReport,
  type DebriefReport,
} from '../../debrief/index';
import type { Scenario } from '../../scenario/types';
import { h } from '../dom/h';
import { findingText, type FindingWords } from '../../i18n/finding-words';
import { t, translator } from '../lang/ui-language';
import { BEST_PATH_TIME_LIMIT_MS, limitWorker } from '../worker-deadline';
import { section, table } from './sections';

export type BestPathOutcome =
  | { readonly ok: true; readonly choices: readonly string[]; readonly score: number }
  // `words` let the page say the analysis's reason in its language; `reason` is its English.
  | { readonly ok: false; readonly reason: string; readonly words?: FindingWords };

/** States the worker may explore before it gives up: enough for classroom scenarios. */
export const WORKER_MAX_STATES = 60_000;
/** Engine steps the worker's analysis may take, every search included (see analysis/budget.ts). */
export const WORKER_MAX_STEPS = 2_000_000;

export function computeBestPath(scenario: Scenario): Promise<BestPathOutcome> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./best-path-worker.ts', import.meta.url), { type: 'module' });
    } catch {
      resolve({ ok: false, reason: t('viewer.best.noWorker') });
      return;
    }
    const cancel = limitWorker(worker, BEST_PATH_TIME_LIMIT_MS, (seconds) => resolve({ ok: false, reason: t('viewer.best.timeLimit', { seconds }) }));
    worker.addEventListener('message', (event: MessageEvent<BestPathOutcome>) => {
      cancel();
      resolve(event.data);
      worker.terminate();
    });
    worker.addEventListener('error', () => {
      cancel();
      resolve({ ok: false, reason: t('viewer.best.failed') });
      worker.terminate();
    });
    worker.postMessage({ scenario, maxStates: WORKER_MAX_STATES, maxSteps: WORKER_MAX_STEPS });
  });
}

export function bestPathSection(report: BestPathReport, note = ''): HTMLElement {
  const diverged = report.divergedAt;
  const what =
    report.kind === 'best'
      ? t('viewer.best.highest')
      : t('viewer.best.recommendedAll');
  return section(
    report.kind === 'best' ? t('viewer.best.titleBest') : t('viewer.best.titleRecommended'),
    note ? h('p', { class: 'crd-muted' }, note) : null,
    h(
      'p',
      null,
      report.score === null ? '' : t('viewer.best.scores', { what, score: report.score }),
      diverged === null
        ? t('viewer.best.followed')
        : t('viewer.best.left', { step: diverged + 1 }),
    ),
    table(
      [
        t('viewer.best.step'),
        t('viewer.best.beat'),
        report.kind === 'best' ? t('viewer.best.bestChoice') : t('viewer.best.recommendedChoice'),
        t('viewer.best.teamChose'),
      ],
      report.steps.map((s, i) => [
        String(i + 1),
        s.beatTitle,
        s.label,
        i === diverged
          ? h('strong', null, t('viewer.best.divergedHere', { choice: s.teamLabel ?? t('viewer.best.notHere') }))
          : s.teamChoice === s.choice
            ? t('viewer.best.same')
            : (s.teamLabel ?? t('viewer.best.notHere')),
      ]),
      { numeric: [0], rowClass: (i) => (i === diverged ? 'crd-row--diverged' : '') },
    ),
  );
}

/** A placeholder section that fills itself in when the worker answers. */
export function lazyBestPathSection(
  scenario: Scenario,
  report: DebriefReport,
  onReady: (bestPath: BestPathReport) => void = () => {},
): HTMLElement {
  const status = h(
    'p',
    { attrs: { role: 'status' } },
    t('viewer.best.working'),
  );
  const holder = section(t('viewer.best.titleBest'), status);
  void computeBestPath(scenario).then((outcome) => {
    let best: BestPathReport;
    let note = '';
    if (outcome.ok)
      best = bestPathReport(
        scenario,
        outcome.choices,
        report.decisions,
        report.lang,
        outcome.score,
      );
    else {
      // Too large to search exhaustively here: show the author's model answer, and say so.
      const model = recommendedPath(scenario, report.overview.seed);
      best = bestPathReport(
        scenario,
        model.choices,
        report.decisions,
        report.lang,
        model.score,
        'recommended',
      );
      note = t('viewer.best.fallback', { reason: findingText({ message: outcome.reason, words: outcome.words }, translator()) });
    }
    holder.replaceWith(bestPathSection(best, note));
    onReady(best);
  });
  return holder;
}
