import { END, type Scenario } from './types.ts';
import type { Names } from './names.ts';
import type { Path } from './path.ts';
import { outcomeSites } from './outcome-sites.ts';
import type { Reporter, Target } from './report.ts';
import { didYouMean } from './suggest.ts';

/** Every id a scenario names outside conditions must be declared (CR301-CR309). */
export function checkReferences(s: Scenario, names: Names, reporter: Reporter): void {
  const ref = (
    id: string,
    known: ReadonlySet<string>,
    code: string,
    noun: string,
    path: Path,
    target: Target = 'value',
    extra: string[] = [],
  ) => {
    if (id === '' || known.has(id) || extra.includes(id)) return;
    const hint = didYouMean(id, extra.length > 0 ? [...known, ...extra] : known);
    reporter.error(
      code,
      `unknown ${noun} '${id}'${hint || (known.size === 0 ? `; declare it under ${noun}s` : '')}`,
      path,
      target,
    );
  };
  const beat = (id: string, path: Path) =>
    ref(id, names.beats, 'CR301', 'beat', path, 'value', [END]);

  ref(s.start, names.beats, 'CR301', 'beat', ['start']);
  s.beats.forEach((b, i) => {
    if (b.next !== undefined) beat(b.next, ['beats', i, 'next']);
    b.decision?.choices.forEach((c, j) => {
      const path: Path = ['beats', i, 'decision', 'choices', j];
      beat(c.next, [...path, 'next']);
      ref(c.category, names.categories, 'CR309', 'category', [...path, 'category']);
      c.claims.forEach((claim, k) =>
        ref(claim.fact, names.facts, 'CR304', 'fact', [...path, 'claims', k, 'fact']),
      );
    });
  });
  s.triggers.forEach((t, i) => {
    if (t.goto !== undefined) ref(t.goto, names.beats, 'CR301', 'beat', ['triggers', i, 'goto']);
  });
  for (const [outcome, path] of outcomeSites(s)) {
    for (const change of outcome.meters)
      ref(change.meter, names.meters, 'CR302', 'meter', [...path, 'effects', change.meter], 'key');
    for (const flag of Object.keys(outcome.flags))
      ref(flag, names.flags, 'CR303', 'flag', [...path, 'set', flag], 'key');
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
