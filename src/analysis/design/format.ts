/** The design findings and the surface strategies as plain text, for `analyze`'s report. */
import type { Analysis } from '../types';
import type { DesignFinding, StrategyRun } from './types';
import { SCORE_MARGIN } from './thresholds';
import type { Translator } from '../../i18n/index';
import { findingText } from '../../i18n/finding-words';
import { toneText } from '../../i18n/tone-words';

const where = (finding: DesignFinding, tr: Translator): string =>
  finding.line === null ? finding.path || tr.t('analysis.wholeScenario') : `${finding.file}:${finding.line}:${finding.col}`;

const rolls = (list: readonly string[], tr: Translator, gap = ' '): string => (list.length > 0 ? `${gap}${tr.t('analysis.chanceRolls', { rolls: list.join('; ') })}` : '');
const path = (route: readonly string[], tr: Translator): string => (route.length === 0 ? tr.t('analysis.noChoices') : route.join(' > '));

const run = (r: StrategyRun, tr: Translator): string =>
  `${r.ending === null ? tr.t('analysis.stuck') : `${r.ending} (${r.tone === null ? '' : toneText(r.tone, tr)})`}, ${tr.t('analysis.runScore', { score: r.score })}${rolls(r.rolls, tr)}`;

export function formatDesign(analysis: Analysis, tr: Translator): string[] {
  const out: string[] = [];
  const open = analysis.design.filter((finding) => finding.silenced === null);
  const silenced = analysis.design.length - open.length;
  const shown = open.length === 0 ? tr.t('analysis.none') : String(open.length);
  out.push('', `${tr.t('analysis.design', { shown })}${silenced > 0 ? tr.t('analysis.designSilenced', { n: silenced }) : ''}`);
  for (const finding of analysis.design) {
    const prefix = finding.silenced === null ? '' : tr.t('analysis.silencedBecause', { reason: finding.silenced });
    out.push(`  ${where(finding, tr)} ${finding.code} ${prefix}${findingText(finding, tr)}`);
    if (finding.route) out.push(`      ${tr.t('analysis.route', { route: path(finding.route, tr) })}${rolls(finding.rolls, tr, '   ')}`);
  }
  for (const allow of analysis.staleAllowances) {
    out.push(`  ${tr.t('analysis.staleAllow', { at: allow.at === '' ? tr.t('analysis.wholeScenario') : allow.at, finding: allow.finding, reason: allow.reason })}`);
  }
  out.push('', tr.t('analysis.strategies', { margin: SCORE_MARGIN }));
  const width = Math.max(18, ...analysis.strategies.map((s) => s.strategy.length));
  for (const s of analysis.strategies) {
    const spread = s.playthroughs > 1 ? tr.t('analysis.spread', { worst: run(s.worst, tr), best: run(s.best, tr), n: s.playthroughs }) : run(s.best, tr);
    out.push(`  ${s.strategy.padEnd(width)} ${spread}${s.wins ? `   ${s.code}` : ''}`);
    out.push(`  ${''.padEnd(width)} ${path(s.best.route, tr)}`);
  }
  return out;
}
