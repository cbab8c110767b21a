import type { Analysis } from './types';
import { formatDesign } from './design/format';

const list = (items: readonly string[]): string => (items.length === 0 ? 'none' : items.join(', '));
const route = (path: readonly string[], rolls: readonly string[] = []): string =>
  `${path.length === 0 ? '(no choices)' : path.join(' > ')}${rolls.length > 0 ? `   [chance: ${rolls.join('; ')}]` : ''}`;
const count = (value: bigint | null, note: string | null): string => (value === null ? (note ?? 'not counted') : value.toLocaleString('en-US'));

/** The analysis as a plain-text report for the terminal. */
export function formatAnalysis(analysis: Analysis): string {
  const out: string[] = [];
  out.push(`Analysis of '${analysis.scenario}'`);
  if (analysis.capMessage) out.push('', `WARNING: ${analysis.capMessage}`);
  if (analysis.budget.message) out.push('', `WARNING: ${analysis.budget.message}`);
  out.push(
    '',
    `States: ${analysis.states.toLocaleString('en-US')} distinct, ${analysis.transitions.toLocaleString('en-US')} transitions`,
    `Playthroughs to an ending: ${count(analysis.paths.total, analysis.paths.note)}${analysis.paths.deadEnds ? `, ${analysis.paths.deadEnds.toLocaleString('en-US')} stuck at a dead end` : ''}`,
  );
  if (analysis.chance.length > 0) out.push(`Chance: both outcomes of every roll explored (${list(analysis.chance)})`);
  out.push('', 'Endings:');
  for (const ending of analysis.endings) {
    out.push(
      ending.reachable
        ? `  ${ending.id} (${ending.tone}): reachable${ending.paths === null ? '' : `, ${count(ending.paths, null)} playthroughs`}; ${analysis.complete ? 'shortest' : 'a route'}: ${route(ending.shortestPath ?? [], ending.rolls)}${ending.seed === null ? '' : ` (found by a sampled run with engine seed ${ending.seed})`}`
        : `  ${ending.id} (${ending.tone}): ${analysis.complete ? 'UNREACHABLE' : 'NOT FOUND'}`,
    );
  }
  const { unreachable } = analysis;
  const never = analysis.complete ? 'Unreachable' : 'Not found (partial analysis)';
  out.push(
    '',
    `${never} beats: ${list(unreachable.beats)}`,
    `${never} choices: ${list(unreachable.choices)}`,
    `${analysis.complete ? 'Triggers that never fire' : 'Triggers not seen to fire'}: ${list(unreachable.triggers)}`,
  );
  if (analysis.pushed.beats.length > 0) {
    const { beats, choices, triggers } = analysis.pushed;
    out.push(`Opened only by a facilitator's push, not explored (test plans cover them): beats ${list(beats)}; choices ${list(choices)}${triggers.length > 0 ? `; triggers ${list(triggers)}` : ''}`);
  }
  if (analysis.deadEnds.length > 0) {
    out.push('', 'Dead ends (nothing can be chosen):');
    for (const stuck of analysis.deadEnds) out.push(`  at ${stuck.beat}, reached by ${route(stuck.path, stuck.rolls)}`);
  }
  if (analysis.deadEnds.length === 0 && analysis.noWayOut.length === 0) {
    out.push('', analysis.alwaysEnds.proven ? `No dead ends: proven from the scenario's shape (${analysis.alwaysEnds.why}).` : analysis.complete ? 'No dead ends: none in the whole state space.' : `Dead ends: none found, but not proven (${analysis.alwaysEnds.why}).`);
  }
  if (analysis.noWayOut.length > 0) {
    out.push('', 'No ending can be reached any more from:');
    for (const stuck of analysis.noWayOut) out.push(`  at ${stuck.beat}, reached by ${route(stuck.path, stuck.rolls)}`);
  }
  if (analysis.conditions.length > 0) {
    out.push('', 'Conditions:');
    for (const finding of analysis.conditions) out.push(`  ${finding.where}: "${finding.source}" is ${finding.verdict === 'never-true' ? 'never true' : 'always true'} where checked (${finding.checked} states)`);
  }
  if (analysis.clampedEffects.length > 0) {
    out.push('', 'Effects that never change anything (the meter is always at its bound):');
    for (const effect of analysis.clampedEffects) out.push(`  ${effect.choice}: ${effect.meter} ${effect.change} (the meter was ${list(effect.values.map(String))} each time)`);
  }
  out.push('', analysis.complete ? 'Meter ranges by beat:' : 'Meter ranges by beat (over the explored states only; the true ranges may be wider):');
  for (const beat of analysis.beats) {
    if (!beat.meters) continue;
    const ranges = Object.entries(beat.meters).map(([id, range]) => (range.min === range.max ? `${id} ${range.min}` : `${id} ${range.min}..${range.max}`));
    out.push(`  ${beat.id}: ${ranges.join(', ')}`);
  }
  if (analysis.texts.length > 0) {
    out.push('', 'Texts that follow the play (read the variants against the flags that vary where each is shown):');
    for (const item of analysis.texts) {
      const unread = item.flagsThatVary?.filter((flag) => !item.flags.includes(flag)) ?? null;
      out.push(`  ${item.where}: ${item.variants.length} variant${item.variants.length === 1 ? '' : 's'} and a fallback; reads ${list([...item.flags, ...item.reads])}`);
      if (unread !== null) out.push(`    flags that vary here: ${list(item.flagsThatVary ?? [])}; not read by a variant: ${list(unread)}`);
    }
  }
  out.push('', 'Score (the debrief\'s rule):');
  const { score } = analysis;
  if (!score.exact) out.push(`  not computed exactly: ${score.reason}`);
  else {
    if (score.method === 'search') out.push('  exact, by a branch-and-bound search over playthroughs (the state graph was too large)');
    if (score.best) out.push(`  best ${score.best.score} (${score.best.ending}): ${route(score.best.route.choices, score.best.route.rolls)}`);
    if (score.worst) out.push(`  worst ${score.worst.score} (${score.worst.ending}): ${route(score.worst.route.choices, score.worst.route.rolls)}`);
    if (!score.best) out.push('  no playthrough reaches an ending');
  }
  out.push(...formatDesign(analysis));
  if (analysis.refusals.length > 0) {
    out.push('', 'Engine refusals of offered moves (please report):');
    for (const refusal of analysis.refusals.slice(0, 10)) out.push(`  at ${refusal.beat}: ${refusal.event}: ${refusal.reason}`);
  }
  return `${out.join('\n')}\n`;
}
