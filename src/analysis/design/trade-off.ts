/**
 * CR522, no trade-off: the recommended choice is also the best (or equal-best) move right away on
 * every headline meter, in more than two thirds of the rated decisions. Then candour never costs
 * anything and a player who only watches the dials wins. Each decision is judged in one state at
 * its beat: the first the exploration met there (fewest moves), else the first a strategy met.
 */
import type { Scenario } from '../../scenario/types';
import type { Brancher } from './branches';
import { headlinesOf, immediateEffect } from './measures';
import { decisionPath, type RatedDecision } from './tells';
import { NO_TRADE_OFF_SHARE } from './thresholds';
import type { Found } from './types';

const signed = (n: number): string => `${n > 0 ? '+' : ''}${Math.round(n * 10) / 10}`;

export function noTradeOffs(scenario: Scenario, brancher: Brancher, rated: readonly RatedDecision[], probe: (beatIndex: number) => Float64Array | undefined): Found[] {
  const heads = headlinesOf(scenario);
  const { compiled } = brancher.packed;
  let judged = 0;
  const free: { r: RatedDecision; at: number; mine: number[]; theirs: number[] }[] = [];
  for (const r of rated) {
    const state = probe(r.beatIndex);
    if (!state) continue;
    const offered = brancher.offered(state);
    const recommended = offered.filter((choice) => compiled.choiceList[choice]!.rating === 'recommended');
    const others = offered.filter((choice) => compiled.choiceList[choice]!.rating !== 'recommended');
    if (recommended.length === 0 || others.length === 0) continue;
    judged++;
    const effects = new Map(offered.map((choice) => [choice, immediateEffect(brancher, state, choice, heads)]));
    // Per headline meter, the best any other choice does now (oriented: more is better).
    const theirs = heads.map((_head, at) => Math.max(...others.map((choice) => effects.get(choice)![at]!)));
    const dominant = recommended.find((choice) => effects.get(choice)!.every((effect, at) => effect >= theirs[at]! - 1e-9));
    if (dominant !== undefined) free.push({ r, at: r.decision.choices.findIndex((choice) => choice.id === compiled.choiceList[dominant]!.id), mine: effects.get(dominant)!, theirs });
  }
  if (free.length <= NO_TRADE_OFF_SHARE * judged) return [];
  const raw = (n: number, at: number): string => signed(n * heads[at]!.sign);
  return free.map(({ r, at, mine, theirs }): Found => {
    const choice = r.decision.choices[at]!;
    const path = [...decisionPath(r), 'choices', at];
    const now = heads.map((head, index) => `${head.meter.id} ${raw(mine[index]!, index)} (others at best ${raw(theirs[index]!, index)})`).join(', ');
    const each = heads.map((head, index) => ({ key: 'CR522.meter', values: { meter: head.meter.id, mine: raw(mine[index]!, index), theirs: raw(theirs[index]!, index) } }));
    return {
      code: 'CR522',
      words: { key: 'CR522', values: { count: free.length, of: judged, choice: choice.id, now: each } },
      message: `the recommended choice is also the best or equal-best move right away on every headline meter in ${free.length} of ${judged} decisions (more than two thirds), so the right move never costs anything: here '${choice.id}' does ${now}. Give it a visible cost now (short-term trust, money, the regulator's patience) and its payoff later, or give a defensive alternative real relief`,
      path,
      places: [decisionPath(r), path],
    };
  });
}
