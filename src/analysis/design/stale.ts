/**
 * Stale allowances: an `allow` that silences no finding. A scenario is rewritten, the tell or the
 * forgiven failure it excused is gone, and the `allow` stays behind with a reason that no longer
 * holds; the next real finding of that code at that place would then be silenced unseen. Reported
 * only where the analysis is sure the finding is absent: a finding its search may have missed (past
 * the state cap, or when the budget ran out) never makes its allowance stale.
 */
import type { DesignCodeId } from '../../scenario/design-codes';
import type { Allowance, Scenario } from '../../scenario/types';
import type { DesignFinding } from './types';

/** What the analysis could decide for certain. */
export interface Certainty {
  /** The state graph was explored whole (forgiven failures and trade-offs are then exact). */
  readonly complete: boolean;
  /** The design review's searches (surface strategies, trade-offs) ran to the end. */
  readonly searched: boolean;
  /** The corrected strategies (CR529) were all played. */
  readonly corrected: boolean;
}

/** Codes decided from the file alone, or by the strategies' own exhaustive play over chance. */
const STATIC: ReadonlySet<string> = new Set<DesignCodeId>(['CR520', 'CR521', 'CR532', 'CR533', 'CR534']);
const STRATEGIES: ReadonlySet<string> = new Set<DesignCodeId>(['CR523', 'CR524', 'CR525', 'CR526', 'CR527', 'CR528']);

function decided(code: string, certainty: Certainty): boolean {
  if (STATIC.has(code)) return true;
  if (STRATEGIES.has(code)) return certainty.searched;
  if (code === 'CR529') return certainty.searched && certainty.corrected;
  // CR522 (judged where the exploration met each decision), CR530 and CR531 (from the graph).
  return certainty.complete && certainty.searched;
}

/** The scenario's allowances that silence nothing, where the analysis is sure nothing is there. */
export function staleAllowances(scenario: Scenario, findings: readonly DesignFinding[], certainty: Certainty): Allowance[] {
  return (scenario.allowances ?? []).filter(
    (allow) => decided(allow.finding, certainty) && !findings.some((finding) => finding.code === allow.finding && finding.places.includes(allow.at)),
  );
}
