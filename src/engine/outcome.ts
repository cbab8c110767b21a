import type { Claim, Confidence, Inject, Outcome } from '../scenario/types';
import type { Compiled } from './compiled';
import { type Draft, notify, writable, writableList } from './draft';
import { changeMeter, plainAdd, roundHalfAwayFromZero } from './meters';
import { pickIndex } from './rng';
import { causeOf } from './cause';

/** Adds `amount` to a meter (clamped) and reports the change. */
function addToMeter(compiled: Compiled, draft: Draft, id: string, amount: number, cause: string): void {
  const meter = compiled.meters.get(id);
  if (!meter) return;
  const from = draft.meters[id] ?? meter.start;
  const to = plainAdd(meter, from, amount);
  if (to === from) return;
  writable(draft, 'meters')[id] = to;
  notify(draft, { kind: 'meter', meter: id, from, to, cause });
}

/** True when a revision to `revised` is further from the claim than the scenario tolerates. */
export function contradicts(claimed: number, revised: number, tolerance: number): boolean {
  return Math.abs(revised - claimed) > tolerance * Math.abs(claimed);
}

/** The change a contradicted claim makes to one meter: the penalty scaled, rounded half away. */
export function credibilityPenalty(penalty: number, scale: Readonly<Record<Confidence, number>>, confidence: Confidence): number {
  return roundHalfAwayFromZero(penalty * scale[confidence]);
}

/** Checks every standing claim about `fact` against its revised value; each is contradicted once. */
function reviseClaims(compiled: Compiled, draft: Draft, fact: string, revised: number): void {
  const { credibility } = compiled.scenario;
  for (let index = 0; index < draft.claims.length; index++) {
    const claim = draft.claims[index]!;
    if (claim.fact !== fact || claim.contradictedBy) continue;
    if (!contradicts(claim.value, revised, credibility.tolerance)) continue;
    writableList(draft, 'claims')[index] = { ...claim, contradictedBy: { value: revised, time: draft.time } };
    notify(draft, {
      kind: 'contradiction',
      fact,
      claimed: claim.value,
      revised,
      confidence: claim.confidence,
      choice: claim.choice,
    });
    for (const [meter, penalty] of Object.entries(credibility.penalty)) {
      const amount = credibilityPenalty(penalty, credibility.scale, claim.confidence);
      addToMeter(compiled, draft, meter, amount, causeOf('claim', claim.choice));
    }
  }
}

/**
 * Applies an outcome block in the documented order: meters, then flags, then facts. A fact
 * revision checks the claims made so far and applies the credibility penalty.
 */
export function applyOutcomeTo(compiled: Compiled, draft: Draft, outcome: Outcome, cause: string): void {
  for (const change of outcome.meters) {
    const meter = compiled.meters.get(change.meter);
    if (!meter) continue;
    const from = draft.meters[change.meter] ?? meter.start;
    const to = changeMeter(meter, from, change);
    if (to === from) continue;
    writable(draft, 'meters')[change.meter] = to;
    notify(draft, { kind: 'meter', meter: change.meter, from, to, cause });
  }
  for (const flag in outcome.flags) {
    const value = outcome.flags[flag]!;
    if ((draft.flags[flag] ?? false) === value) continue;
    writable(draft, 'flags')[flag] = value;
    notify(draft, { kind: 'flag', flag, value, cause });
  }
  for (const fact in outcome.facts) {
    const to = outcome.facts[fact]!;
    const from = draft.facts[fact] ?? 0;
    if (to !== from) {
      writable(draft, 'facts')[fact] = to;
      notify(draft, { kind: 'fact', fact, from, to, cause });
    }
    reviseClaims(compiled, draft, fact, to);
  }
}

/** Records a choice's public claims, stamped with the choice, beat and in-game time. */
export function recordClaims(draft: Draft, claims: readonly Claim[], choice: string): void {
  if (claims.length === 0) return;
  const list = writableList(draft, 'claims');
  for (const claim of claims) {
    list.push({ fact: claim.fact, value: claim.value, confidence: claim.confidence, choice, beat: draft.beat, time: draft.time });
    notify(draft, { kind: 'claim', fact: claim.fact, value: claim.value, confidence: claim.confidence, choice });
  }
}

/** Delivers an inject: picks its variant with the seeded generator and reports it. */
export function deliverInject(draft: Draft, inject: Inject, source: string): void {
  const variants = inject.variants?.length ?? 0;
  if (variants === 0) {
    notify(draft, { kind: 'inject', inject: inject.id, source });
    return;
  }
  const { index, rng } = pickIndex(draft.rng, variants);
  draft.rng = rng;
  notify(draft, { kind: 'inject', inject: inject.id, source, variant: index });
}
