import { END, RETURN, type Scenario } from './types.ts';
import type { Names } from './names.ts';
import type { Path } from './path.ts';
import { outcomeSites } from './outcome-sites.ts';
import type { Reporter, Target } from './report.ts';
import { declareUnder, didYouMean, unknownName, type NameNoun } from './suggest.ts';
import { firstOf, joined } from './said.ts';
import { categoryHint, misplacedChange } from './fix-hints.ts';

/** Every id a scenario names outside conditions must be declared (CR301-CR309). */
export function checkReferences(s: Scenario, names: Names, reporter: Reporter): void {
  const ref = (
    id: string,
    known: ReadonlySet<string>,
    code: string,
    noun: NameNoun,
    path: Path,
    target: Target = 'value',
    extra: string[] = [],
  ) => {
    if (id === '' || known.has(id) || extra.includes(id)) return;
    const hint = didYouMean(id, extra.length > 0 ? [...known, ...extra] : known);
    reporter.error(
      code,
      joined(unknownName(noun, id), firstOf(hint, known.size === 0 ? declareUnder(`${noun}s`) : null)),
      path,
      target,
    );
  };
  const beat = (id: string, path: Path, extra: string[] = [END]) =>
    ref(id, names.beats, 'CR301', 'beat', path, 'value', extra);

  ref(s.start, names.beats, 'CR301', 'beat', ['start']);
  s.beats.forEach((b, i) => {
    if (b.next !== undefined) beat(b.next, ['beats', i, 'next']);
    b.decision?.choices.forEach((c, j) => {
      const path: Path = ['beats', i, 'decision', 'choices', j];
      beat(c.next, [...path, 'next'], [END, RETURN]);
      if (c.category !== '' && !names.categories.has(c.category)) {
        const hint = didYouMean(c.category, names.categories) ?? categoryHint(c.category, names);
        reporter.error('CR309', joined(unknownName('category', c.category), hint), [...path, 'category']);
      }
      c.claims.forEach((claim, k) =>
        ref(claim.fact, names.facts, 'CR304', 'fact', [...path, 'claims', k, 'fact']),
      );
    });
  });
  s.triggers.forEach((t, i) => {
    if (t.goto !== undefined) ref(t.goto, names.beats, 'CR301', 'beat', ['triggers', i, 'goto']);
  });
  s.optionalInjects.forEach((inject, i) => {
    if (inject.opens !== undefined) ref(inject.opens, names.beats, 'CR301', 'beat', ['optional_injects', i, 'opens']);
  });
  // A flag under effects, or a meter under set: say where it belongs, not just "unknown".
  const change = (id: string, block: string, value: unknown, code: string, path: Path) => {
    const misplaced = misplacedChange(block, id, value, names);
    if (misplaced === null) return false;
    reporter.error(code, misplaced, [...path, block, id], 'key');
    return true;
  };
  for (const [outcome, path] of outcomeSites(s)) {
    for (const m of outcome.meters) {
      if (!change(m.meter, 'effects', undefined, 'CR302', path))
        ref(m.meter, names.meters, 'CR302', 'meter', [...path, 'effects', m.meter], 'key');
    }
    for (const [flag, value] of Object.entries(outcome.flags)) {
      if (!change(flag, 'set', value, 'CR303', path))
        ref(flag, names.flags, 'CR303', 'flag', [...path, 'set', flag], 'key');
    }
    for (const fact of Object.keys(outcome.facts))
      ref(fact, names.facts, 'CR304', 'fact', [...path, 'facts', fact], 'key');
    for (const meter of Object.keys(outcome.caps ?? {}))
      ref(meter, names.meters, 'CR302', 'meter', [...path, 'cap', meter], 'key');
    for (const meter of Object.keys(outcome.floors ?? {}))
      ref(meter, names.meters, 'CR302', 'meter', [...path, 'floor', meter], 'key');
  }
  for (const meter of Object.keys(s.credibility.penalty)) {
    ref(meter, names.meters, 'CR302', 'meter', ['credibility', 'penalty', meter], 'key');
  }
  for (const meter of Object.keys(s.credibility.regulatorPenalty ?? {})) {
    ref(meter, names.meters, 'CR302', 'meter', ['credibility', 'regulator_penalty', meter], 'key');
  }
  s.rubric.forEach((o, i) => {
    o.evidence.forEach((e, j) => {
      const path: Path = ['rubric', i, 'evidence', j];
      if (e.kind === 'deadline')
        ref(e.deadline, names.deadlines, 'CR306', 'deadline', [...path, 'deadline']);
      if (e.kind === 'chose' || e.kind === 'avoided') {
        e.choices.forEach((c, k) => ref(c, names.choices, 'CR305', 'choice', [...path, e.kind, k]));
      }
    });
  });
}
