import type { Inject, Outcome, Scenario } from './types.ts';
import type { Path } from './path.ts';

/** Every outcome block in a scenario with the path of the mapping that holds its keys. */
export function outcomeSites(s: Scenario): [Outcome, Path][] {
  const out: [Outcome, Path][] = [];
  s.beats.forEach((beat, i) => {
    out.push([beat.onEnter, ['beats', i, 'on_enter']]);
    beat.decision?.choices.forEach((c, j) =>
      out.push([c.outcome, ['beats', i, 'decision', 'choices', j]]),
    );
  });
  s.triggers.forEach((t, i) => out.push([t.outcome, ['triggers', i]]));
  s.deadlines.forEach((d, i) => {
    out.push([d.onMet, ['deadlines', i, 'met']]);
    out.push([d.onMissed, ['deadlines', i, 'missed']]);
    if (d.onDeficient !== undefined) out.push([d.onDeficient, ['deadlines', i, 'deficient']]);
  });
  s.optionalInjects.forEach((o, i) => out.push([o.outcome, ['optional_injects', i]]));
  return out;
}

/** Every inject in a scenario with its path; ids are unique across all of them. */
export function injectSites(s: Scenario): [Inject, Path][] {
  const out: [Inject, Path][] = [];
  s.beats.forEach((beat, i) =>
    beat.injects.forEach((inj, j) => out.push([inj, ['beats', i, 'injects', j]])),
  );
  s.triggers.forEach((t, i) => {
    if (t.inject !== undefined) out.push([t.inject, ['triggers', i, 'inject']]);
  });
  s.deadlines.forEach((d, i) => {
    if (d.missedInject !== undefined)
      out.push([d.missedInject, ['deadlines', i, 'missed', 'inject']]);
    if (d.deficientInject !== undefined)
      out.push([d.deficientInject, ['deadlines', i, 'deficient', 'inject']]);
  });
  s.optionalInjects.forEach((o, i) => out.push([o, ['optional_injects', i]]));
  return out;
}
