import type { Question, Scenario } from './types.ts';
import type { Path } from './path.ts';

/** Every discussion question in a scenario with its path: the modules' first, then the beats'. */
export function questionSites(s: Scenario): [Question, Path][] {
  const out: [Question, Path][] = [];
  (s.modules ?? []).forEach((m, i) =>
    m.questions.forEach((q, j) => out.push([q, ['modules', i, 'questions', j]])),
  );
  s.beats.forEach((b, i) =>
    b.facilitator.questions.forEach((q, j) =>
      out.push([q, ['beats', i, 'facilitator', 'questions', j]]),
    ),
  );
  return out;
}
