/** The thresholds of the design findings, documented in docs/authoring-tools.md. */

/** CR520: the recommended choice is the longest in more than this share of the rated decisions. */
export const LONGEST_SHARE = 1 / 3;
/** CR521: it is listed first in more than this share of the rated decisions whose order is fixed. */
export const FIRST_SHARE = 1 / 2;
/** CR522: it is best or equal-best now on every headline meter in more than this share. */
export const NO_TRADE_OFF_SHARE = 2 / 3;
/** CR523-CR527: a strategy scoring within this many points of the best score wins. */
export const SCORE_MARGIN = 10;
/** CR531: a good ending after this many choices rated harmful forgives them. */
export const HARMFUL_FORGIVEN = 2;
/** Past the state cap, CR530/CR531 search playthroughs that leave the best-rated choice this often. */
export const SEARCH_DEVIATIONS = 3;
/** ... taking at most this many engine steps. */
export const SEARCH_STEPS = 300_000;
/** A strategy follows at most this many chance outcomes (each roll doubles its playthroughs). */
export const STRATEGY_PLAYTHROUGHS = 256;
/** CR529: the corrected strategies take at most this many engine steps in all. */
export const CORRECTION_STEPS = 300_000;
