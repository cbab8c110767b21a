/** The design findings and the surface strategies as plain text, for `analyze`'s report. */
import type { Analysis } from '../types';
import type { DesignFinding, StrategyRun } from './types';
import { SCORE_MARGIN } from './thresholds';

const where = (finding: DesignFinding): string =>
  finding.line === null ? finding.path || '(scenario)' : `${finding.file}:${finding.line}:${finding.col}`;

const run = (r: StrategyRun): string =>
  `${r.ending === null ? 'stuck' : `${r.ending} (${r.tone})`}, score ${r.score}${r.rolls.length > 0 ? ` [chance: ${r.rolls.join('; ')}]` : ''}`;

export function formatDesign(analysis: Analysis): string[] {
  const out: string[] = [];
  const open = analysis.design.filter((finding) => finding.silenced === null);
  const silenced = analysis.design.length - open.length;
  out.push('', `Design findings: ${open.length === 0 ? 'none' : open.length}${silenced > 0 ? ` (and ${silenced} silenced by allow)` : ''}`);
  for (const finding of analysis.design) {
    const prefix = finding.silenced === null ? '' : `silenced ("${finding.silenced}"): `;
    out.push(`  ${where(finding)} ${finding.code} ${prefix}${finding.message}`);
    if (finding.route) out.push(`      route: ${finding.route.length === 0 ? '(no choices)' : finding.route.join(' > ')}${finding.rolls.length > 0 ? `   [chance: ${finding.rolls.join('; ')}]` : ''}`);
  }
  for (const allow of analysis.staleAllowances) {
    out.push(`  ${allow.at === '' ? '(scenario)' : allow.at} allow ${allow.finding} silences nothing: the finding is no longer there. Remove the allow, or the next ${allow.finding} at this place is silenced unseen ("${allow.reason}")`);
  }
  out.push('', `Surface strategies (a finding when one reaches a good or best ending, or scores within ${SCORE_MARGIN} of the best):`);
  const width = Math.max(18, ...analysis.strategies.map((s) => s.strategy.length));
  for (const s of analysis.strategies) {
    const spread = s.playthroughs > 1 ? `worst ${run(s.worst)}; best ${run(s.best)} over ${s.playthroughs} chance outcomes` : run(s.best);
    out.push(`  ${s.strategy.padEnd(width)} ${spread}${s.wins ? `   ${s.code}` : ''}`);
    out.push(`  ${''.padEnd(width)} ${s.best.route.length === 0 ? '(no choices)' : s.best.route.join(' > ')}`);
  }
  return out;
}
