/** A path into the YAML document: map keys and sequence indices, outermost first. */
export type Path = readonly (string | number)[];

/** `beats[2].decision.choices[0].next`, as diagnostics print it. */
export function formatPath(path: Path): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out === '' ? seg : `.${seg}`;
  }
  return out;
}
