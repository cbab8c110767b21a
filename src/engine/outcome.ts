import type { Confidence } from '../scenario/types';
import type { Compiled, CompiledOutcome, InjectRef } from './compiled';
import { applyMeterOp, plainAdd, roundHalfAwayFromZero } from './meters';
import { applyLimits, rangeNow } from './meter-limits';
import { pickIndex } from './rng';
import { claimShape } from './claims';
import { pickCase } from './text-cases';
import type { Store } from './store';

/** Adds `amount` to a meter (clamped) and reports the change. */
function addToMeter<S extends Store>(compiled: Compiled<S>, store: S, meter: number, amount: number, cause: string): void {
  const from = store.meter(meter);
  const to = plainAdd(rangeNow(compiled, store, meter), from, amount);
  if (to === from) return;
  store.setMeter(meter, to);
  store.notices?.push({ kind: 'meter', meter: compiled.scenario.meters[meter]!.id, from, to, cause });
}

export { contradicts } from './claims';

/** The change a contradicted claim makes to one meter: the penalty scaled, rounded half away. */
export function credibilityPenalty(penalty: number, scale: Readonly<Record<Confidence, number>>, confidence: Confidence): number {
  return roundHalfAwayFromZero(penalty * scale[confidence]);
}

/**
 * Checks every standing claim about `fact` against its revised value; each is contradicted once,
 * and charged to `cause`, the event that revised the fact. Public claims cost the `penalty`
 * meters, regulator filings the `regulatorPenalty` ones (none when the scenario sets none).
 */
function reviseClaims<S extends Store>(compiled: Compiled<S>, store: S, fact: number, revised: number, cause: string): void {
  if (!compiled.claimedFacts[fact]) return;
  const { credibility } = compiled.scenario;
  const declared = compiled.scenario.facts[fact]!;
  const contradicted = store.contradictClaims(fact, revised, declared.tolerance ?? credibility.tolerance);
  if (contradicted === null) return;
  for (const found of contradicted) {
    const { claimed, confidence, choice, count } = found;
    store.notices?.push({ kind: 'contradiction', fact: declared.id, claimed, revised, confidence, choice: choice ?? '', cause, ...claimShape(found) });
    const penalty = found.audience === 'regulator' ? (credibility.regulatorPenalty ?? {}) : credibility.penalty;
    for (const meter in penalty) {
      const index = compiled.meterIndex.get(meter);
      if (index === undefined) continue;
      const amount = credibilityPenalty(penalty[meter]!, credibility.scale, confidence);
      // Claims of one kind cost the same; every penalty to a meter has one sign (CR222), so
      // applying them one after another clamps exactly as applying them claim by claim.
      for (let claim = 0; claim < count; claim++) addToMeter(compiled, store, index, amount, cause);
    }
  }
}


/**
 * Applies an outcome block in the documented order: caps and floors, meters, flags, then facts.
 * A fact revision checks the claims made so far and applies the credibility penalty.
 */
export function applyOutcomeTo<S extends Store>(compiled: Compiled<S>, store: S, outcome: CompiledOutcome): void {
  const { cause, meters, flags, facts } = outcome;
  if (outcome.caps.length > 0 || outcome.floors.length > 0) applyLimits(compiled, store, outcome);
  // Indexed loops: this runs several times a step, mostly over empty or one-item lists.
  for (let at = 0; at < meters.length; at++) {
    const { meter, op, by } = meters[at]!;
    const from = store.meter(meter);
    const to = applyMeterOp(rangeNow(compiled, store, meter), from, op, by);
    if (to === from) continue;
    store.setMeter(meter, to);
    store.notices?.push({ kind: 'meter', meter: compiled.scenario.meters[meter]!.id, from, to, cause });
  }
  for (let at = 0; at < flags.length; at++) {
    const { flag, value } = flags[at]!;
    if (store.flag(flag) === value) continue;
    store.setFlag(flag, value);
    store.notices?.push({ kind: 'flag', flag: compiled.scenario.flags[flag]!.id, value, cause });
  }
  for (let at = 0; at < facts.length; at++) {
    const { fact, to } = facts[at]!;
    const from = store.fact(fact);
    if (to !== from) {
      store.setFact(fact, to);
      store.notices?.push({ kind: 'fact', fact: compiled.scenario.facts[fact]!.id, from, to, cause });
    }
    reviseClaims(compiled, store, fact, to, cause);
  }
}

/** Records a choice's claims, stamped with the choice, beat and in-game time. */
export function recordClaims<S extends Store>(compiled: Compiled<S>, store: S, choice: number): void {
  const kinds = compiled.choiceClaims[choice]!;
  for (const kind of kinds) {
    store.addClaim(kind, choice);
    if (store.notices) {
      const claim = compiled.claimKinds[kind]!;
      const { fact, value, confidence } = claim;
      store.notices.push({ kind: 'claim', fact: compiled.scenario.facts[fact]!.id, value, confidence, choice: compiled.choiceList[choice]!.id, ...claimShape(claim) });
    }
  }
}

/**
 * Delivers an inject: picks its variant with the seeded generator, and its conditional headline
 * and body against the state now (see text-cases.ts), and reports them.
 */
export function deliverInject(store: Store, inject: InjectRef, source: string): void {
  const { variants } = inject;
  let variant: number | undefined;
  if (variants > 0) {
    const { index, rng } = pickIndex(store.rng(), variants);
    store.setRng(rng);
    variant = index;
  }
  if (!store.notices) return;
  const headlineCase = pickCase(inject.headlineCases, store);
  const bodyCase = pickCase(inject.bodyCases, store);
  store.notices.push({
    kind: 'inject',
    inject: inject.id,
    source,
    ...(variant !== undefined && { variant }),
    ...(headlineCase !== undefined && { headlineCase }),
    ...(bodyCase !== undefined && { bodyCase }),
  });
}
