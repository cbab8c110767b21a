import type { Analysis } from './types';
import { formatDesign } from './design/format';
import { english, refusalText, type Translator } from '../i18n/index';
import { findingText } from '../i18n/finding-words';
import { whereText } from '../i18n/where-words';
import { toneText } from '../i18n/tone-words';

const list = (items: readonly string[], tr: Translator): string => (items.length === 0 ? tr.t('analysis.none') : items.join(', '));
/** A route of choice ids, with the chance outcomes it relies on. */
export const route = (path: readonly string[], rolls: readonly string[], tr: Translator): string =>
  `${path.length === 0 ? tr.t('analysis.noChoices') : path.join(' > ')}${rolls.length > 0 ? `   ${tr.t('analysis.chanceRolls', { rolls: rolls.join('; ') })}` : ''}`;
const figure = (value: bigint | number): string => value.toLocaleString('en-US');

/** Playthroughs counted, or why they are not. */
function count(analysis: Analysis, value: bigint | null, tr: Translator): string {
  if (value !== null) return figure(value);
  if (analysis.paths.note === null) return tr.t('analysis.notCounted');
  return findingText({ message: analysis.paths.note, words: { key: analysis.complete ? 'report.paths.loop' : 'report.paths.cap', values: {} } }, tr);
}

function overview(analysis: Analysis, tr: Translator, out: string[]): void {
  out.push(tr.t('analysis.title', { scenario: analysis.scenario }));
  if (analysis.capMessage) out.push('', tr.t('analysis.warning', { message: findingText({ message: analysis.capMessage, ...(analysis.capWords && { words: analysis.capWords }) }, tr) }));
  if (analysis.budget.message) out.push('', tr.t('analysis.warning', { message: findingText({ message: analysis.budget.message, ...(analysis.budget.words && { words: analysis.budget.words }) }, tr) }));
  const stuck = analysis.paths.deadEnds ? tr.t('analysis.stuckPaths', { n: figure(analysis.paths.deadEnds) }) : '';
  out.push(
    '',
    tr.t('analysis.states', { states: figure(analysis.states), transitions: figure(analysis.transitions) }),
    tr.t('analysis.playthroughs', { count: count(analysis, analysis.paths.total, tr), stuck }),
  );
  if (analysis.chance.length > 0) out.push(tr.t('analysis.chance', { triggers: list(analysis.chance, tr) }));
  out.push('', tr.t('analysis.endings'));
  for (const ending of analysis.endings) {
    const head = `  ${ending.id} (${toneText(ending.tone, tr)}): `;
    if (!ending.reachable) {
      out.push(`${head}${analysis.complete ? tr.t('analysis.unreachableMark') : tr.t('analysis.notFoundMark')}`);
      continue;
    }
    const paths = ending.paths === null ? '' : tr.t('analysis.endingPaths', { n: figure(ending.paths) });
    const how = analysis.complete ? tr.t('analysis.shortest') : tr.t('analysis.aRoute');
    const seed = ending.seed === null ? '' : tr.t('analysis.bySeed', { seed: String(ending.seed) });
    out.push(`${head}${tr.t('analysis.reachable', { paths, how, route: route(ending.shortestPath ?? [], ending.rolls, tr), seed })}`);
  }
}

function reach(analysis: Analysis, tr: Translator, out: string[]): void {
  const { unreachable } = analysis;
  const partial = !analysis.complete;
  out.push(
    '',
    tr.t(partial ? 'analysis.notFoundBeats' : 'analysis.unreachableBeats', { ids: list(unreachable.beats, tr) }),
    tr.t(partial ? 'analysis.notFoundChoices' : 'analysis.unreachableChoices', { ids: list(unreachable.choices, tr) }),
    tr.t(partial ? 'analysis.triggersNotSeen' : 'analysis.triggersNever', { ids: list(unreachable.triggers, tr) }),
  );
  if (analysis.pushed.beats.length > 0) {
    const { beats, choices, triggers } = analysis.pushed;
    out.push(tr.t('analysis.pushed', { beats: list(beats, tr), choices: list(choices, tr), triggers: triggers.length > 0 ? tr.t('analysis.pushedTriggers', { ids: list(triggers, tr) }) : '' }));
  }
  if (analysis.deadEnds.length > 0) {
    out.push('', tr.t('analysis.deadEnds'));
    for (const stuck of analysis.deadEnds) out.push(`  ${tr.t('analysis.stuckAt', { beat: stuck.beat, route: route(stuck.path, stuck.rolls, tr) })}`);
  }
  if (analysis.deadEnds.length === 0 && analysis.noWayOut.length === 0) {
    const why = findingText({ message: analysis.alwaysEnds.why, words: analysis.alwaysEnds.words }, tr);
    out.push('', analysis.alwaysEnds.proven ? tr.t('analysis.noDeadEndsProven', { why }) : analysis.complete ? tr.t('analysis.noDeadEnds') : tr.t('analysis.noDeadEndsFound', { why }));
  }
  if (analysis.noWayOut.length > 0) {
    out.push('', tr.t('analysis.noWayOut'));
    for (const stuck of analysis.noWayOut) out.push(`  ${tr.t('analysis.stuckAt', { beat: stuck.beat, route: route(stuck.path, stuck.rolls, tr) })}`);
  }
}

function details(analysis: Analysis, tr: Translator, out: string[]): void {
  if (analysis.conditions.length > 0) {
    out.push('', tr.t('analysis.conditions'));
    for (const finding of analysis.conditions) {
      out.push(`  ${tr.t(finding.verdict === 'never-true' ? 'analysis.neverTrue' : 'analysis.alwaysTrue', { where: whereText(finding.where, tr), source: finding.source, checked: String(finding.checked) })}`);
    }
  }
  if (analysis.clampedEffects.length > 0) {
    out.push('', tr.t('analysis.clamped'));
    for (const effect of analysis.clampedEffects) out.push(`  ${tr.t('analysis.clampedEffect', { choice: effect.choice, meter: effect.meter, change: effect.change, values: list(effect.values.map(String), tr) })}`);
  }
  out.push('', analysis.complete ? tr.t('analysis.ranges') : tr.t('analysis.rangesPartial'));
  for (const beat of analysis.beats) {
    if (!beat.meters) continue;
    const ranges = Object.entries(beat.meters).map(([id, range]) => (range.min === range.max ? `${id} ${range.min}` : `${id} ${range.min}..${range.max}`));
    out.push(`  ${beat.id}: ${ranges.join(', ')}`);
  }
  if (analysis.texts.length > 0) {
    out.push('', tr.t('analysis.texts'));
    for (const item of analysis.texts) {
      const unread = item.flagsThatVary?.filter((flag) => !item.flags.includes(flag)) ?? null;
      out.push(`  ${tr.t('analysis.textVariants', { where: whereText(item.where, tr), n: item.variants.length, reads: list([...item.flags, ...item.reads], tr) })}`);
      if (unread !== null) out.push(`    ${tr.t('analysis.flagsVary', { vary: list(item.flagsThatVary ?? [], tr), unread: list(unread, tr) })}`);
    }
  }
}

function score(analysis: Analysis, tr: Translator, out: string[]): void {
  out.push('', tr.t('analysis.score'));
  const { score } = analysis;
  if (!score.exact) {
    out.push(`  ${tr.t('analysis.scoreInexact', { reason: findingText({ message: score.reason, words: score.words }, tr) })}`);
    return;
  }
  if (score.method === 'search') out.push(`  ${tr.t('analysis.scoreBySearch')}`);
  if (score.best) out.push(`  ${tr.t('analysis.best', { score: score.best.score, ending: score.best.ending, route: route(score.best.route.choices, score.best.route.rolls, tr) })}`);
  if (score.worst) out.push(`  ${tr.t('analysis.worst', { score: score.worst.score, ending: score.worst.ending, route: route(score.worst.route.choices, score.worst.route.rolls, tr) })}`);
  if (!score.best) out.push(`  ${tr.t('analysis.noScore')}`);
}

/** The analysis as a plain-text report for the terminal, in the translator's language (issue #20). */
export function formatAnalysis(analysis: Analysis, tr: Translator = english): string {
  const out: string[] = [];
  overview(analysis, tr, out);
  reach(analysis, tr, out);
  details(analysis, tr, out);
  score(analysis, tr, out);
  out.push(...formatDesign(analysis, tr));
  if (analysis.refusals.length > 0) {
    out.push('', tr.t('analysis.refusals'));
    for (const refusal of analysis.refusals.slice(0, 10)) {
      const reason = refusalText({ code: refusal.code, values: refusal.values, text: refusal.reason }, tr);
      out.push(`  ${tr.t('analysis.refusal', { beat: refusal.beat, event: refusal.event, reason })}`);
    }
  }
  return `${out.join('\n')}\n`;
}
