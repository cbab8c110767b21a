/**
 * The browser debrief: the after-action report of a session, its exports, and team comparison.
 * Self-contained (its own stylesheet, loaded with it) and meant to be imported lazily.
 */
import './debrief.css';
import './print.css';
// The views' English is registered once, here and in page.ts, the two ways into these views.
import './viewer-english';
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
import { storedFacilitatorKey } from '../facilitator-key';
import { reportTranslator } from './report-words';

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
    tr: reportTranslator(),
    ...(options.bestPath ? { bestPath: options.bestPath } : {}),
    ...(options.bestScore === undefined ? {} : { bestScore: options.bestScore }),
    ...(options.lang ? { lang: options.lang } : {}),
  };
  const report = buildReport(options.scenario, options.save, build);
  // Only the game signs: it ran the session on the facilitator's computer. The viewer re-opens
  // files from anywhere, and signing those would vouch for what it did not see played.
  container.replaceChildren(wrap(reportView(report, { scenario: options.scenario, signingKey: () => storedFacilitatorKey() })));
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
