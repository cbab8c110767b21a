import type { Allowance } from './types.ts';
import { formatPath, type Path } from './path.ts';
import { asList, asObject, asString, type Raw } from './read.ts';

/** The `allow` items of one place, with the place's path. */
function allowsAt(o: Raw, path: Path): Allowance[] {
  const at = formatPath(path);
  return asList(o['allow']).map((item) => {
    const a = asObject(item);
    return { finding: asString(a['finding']), reason: asString(a['reason']).trim(), at };
  });
}

/**
 * Every `allow` of a scenario file, from each place the schema accepts one (the root, decisions,
 * choices, deadlines, endings, flags, facts, triggers), keyed by the place's YAML path: list items
 * keep their index in the model, so the analysis finds the place of a finding by the same path.
 */
export function readAllowances(raw: Raw): Allowance[] {
  const found = allowsAt(raw, []);
  const each = (key: string, read: (o: Raw, path: Path) => void): void =>
    asList(raw[key]).forEach((item, i) => read(asObject(item), [key, i]));
  for (const key of ['flags', 'facts', 'triggers', 'deadlines', 'endings'])
    each(key, (o, path) => found.push(...allowsAt(o, path)));
  each('beats', (beat, path) => {
    const decision = asObject(beat['decision']);
    const at = [...path, 'decision'];
    found.push(...allowsAt(decision, at));
    asList(decision['choices']).forEach((choice, j) =>
      found.push(...allowsAt(asObject(choice), [...at, 'choices', j])),
    );
  });
  return found;
}
