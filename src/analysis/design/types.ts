import type { DesignCodeId } from '../../scenario/design-codes';
import type { Ending } from '../../scenario/types';
import type { FindingWords } from '../../i18n/finding-words';

/** A finding's message as catalog words, so a page words it in its reader's language (issue #20). */
export type { FindingWords };

/** One design finding: what to change, where, and how. */
export interface DesignFinding {
  readonly code: DesignCodeId;
  /** The finding in a few words (the same for every finding of a code). */
  readonly title: string;
  /** What was found and how to fix it. */
  readonly message: string;
  /** The same for another language, when the catalogs word this finding. */
  readonly words?: FindingWords;
  /** The YAML path of what to change (`beats[2].decision.choices[0].label`). */
  readonly path: string;
  /** Where that is, when the loader's positions were passed in; else null. */
  readonly file: string | null;
  readonly line: number | null;
  readonly col: number | null;
  /** The character offset of that place in the file, for editors. */
  readonly offset: number | null;
  /** The YAML paths of the places an `allow` silences it (`` for the root). */
  readonly places: readonly string[];
  /** The reason an author's `allow` gives, when it silences this finding; else null. */
  readonly silenced: string | null;
  /** The choices that show it (forgiven failures, strategies); null when none applies. */
  readonly route: readonly string[] | null;
  /** Chance outcomes the route relies on (`leak+`). */
  readonly rolls: readonly string[];
}

/** Where one playthrough of a strategy ended. */
export interface StrategyRun {
  /** The ending reached, or null when the playthrough got stuck. */
  readonly ending: string | null;
  readonly tone: Ending['tone'] | null;
  /** The debrief's overall score of the playthrough. */
  readonly score: number;
  readonly route: readonly string[];
  readonly rolls: readonly string[];
}

/** A surface strategy played through the real rules: its worst and best playthrough over chance. */
export interface StrategyReport {
  /** `always-first`, `always-longest`, `always-shortest`, `greedy-headline`, `greedy-<meter>`, `category-<category>[-longest]`. */
  readonly strategy: string;
  readonly description: string;
  /** The same for another language. */
  readonly descriptionWords: FindingWords;
  readonly code: DesignCodeId;
  /** The category an `always this category` strategy (CR528) prefers. */
  readonly category?: string;
  readonly worst: StrategyRun;
  readonly best: StrategyRun;
  /** Distinct playthroughs (one per chance outcome it met). */
  readonly playthroughs: number;
  /** It reaches a good or best ending, or a score within the margin of the best: a finding. */
  readonly wins: boolean;
}

/** A finding before positions and allowances are applied. */
export interface Found {
  readonly code: DesignCodeId;
  readonly message: string;
  readonly words?: FindingWords;
  readonly path: readonly (string | number)[];
  readonly places: readonly (readonly (string | number)[])[];
  readonly route?: readonly string[];
  readonly rolls?: readonly string[];
}
