/**
 * The browser debrief: the after-action report of a session, its exports, and team comparison.
 * Self-contained (its own stylesheet, loaded with it) and meant to be imported lazily.
 */
import './debrief.css';
import './print.css';
import {
  buildReport,
  type BuildOptions,
  type Comparison,
  type DebriefReport,
} from '../../debrief/index';
import type { SaveFile } from '../../engine/types';
import type { Scenario } from '../../scenario/types';
import { comparisonView } from './compare-view';
import { reportView } from './report-view';

export interface MountOptions {
  readonly scenario: Scenario;
  readonly save: SaveFile;
  /** Choice ids of the highest-scoring playthrough; computed in the background when left out. */
  readonly bestPath?: readonly string[];
  readonly bestScore?: number;
  readonly lang?: string;
}

/** Builds the report of a save and shows it in `container` (replacing what was there). */
export function mountDebrief(container: HTMLElement, options: MountOptions): DebriefReport {
  const build: BuildOptions = {
    ...(options.bestPath ? { bestPath: options.bestPath } : {}),
    ...(options.bestScore === undefined ? {} : { bestScore: options.bestScore }),
    ...(options.lang ? { lang: options.lang } : {}),
  };
  const report = buildReport(options.scenario, options.save, build);
  mountReport(container, report, { scenario: options.scenario });
  return report;
}

/** Shows a ready report (a re-imported JSON export, say); with its scenario it can add the best path. */
export function mountReport(
  container: HTMLElement,
  report: DebriefReport,
  options: { scenario?: Scenario } = {},
): void {
  container.replaceChildren(
    wrap(reportView(report, options.scenario ? { scenario: options.scenario } : {})),
  );
}

export function mountComparison(container: HTMLElement, comparison: Comparison): void {
  container.replaceChildren(wrap(comparisonView(comparison)));
}

function wrap(view: HTMLElement): HTMLElement {
  const root = document.createElement('div');
  root.className = 'crd-root';
  root.append(view);
  return root;
}

export type { DebriefReport, Comparison };
