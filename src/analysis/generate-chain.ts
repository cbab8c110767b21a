/**
 * A long chain of beats as scenario YAML, for the stress tests and benchmarks of the commands that
 * read files (play, randomtest, analyze, graph), which `generateScenario`'s model bypasses. Kept
 * terse so that long chains fit the loader's 1 MiB: a decision beat takes about 250 bytes (4,000
 * fit), a beat that only continues about 40 (20,000 fit).
 */
export interface ChainOptions {
  readonly beats: number;
  /** `decision`: two choices per beat, one raising trust; `continue`: beats with only `next`. */
  readonly kind: 'decision' | 'continue';
}

export function chainYaml({ beats, kind }: ChainOptions): string {
  const lines = [
    'format: 1',
    `id: chain_${kind}_${beats}`,
    'title: Chain',
    'summary: A long generated chain.',
    'meters:',
    '  - { id: trust, label: Trust, min: 0, max: 100, start: 50, bands: [{ from: 0, label: Low }] }',
    'start: b0',
    'beats:',
  ];
  for (let index = 0; index < beats; index++) {
    const next = index + 1 < beats ? `b${index + 1}` : 'end';
    lines.push(
      kind === 'continue'
        ? `  - {id: b${index}, title: T, next: ${next}}`
        : `  - {id: b${index}, title: T, decision: {prompt: P, choices: [{id: c${index}a, category: disclosure, label: A, effects: {trust: 1}, next: ${next}, feedback: F, rating: recommended}, {id: c${index}b, category: legal, label: B, next: ${next}, feedback: F, rating: harmful}]}}`,
    );
  }
  lines.push('endings:', '  - { id: done, title: Done, tone: mixed, epilogue: Done. }');
  return `${lines.join('\n')}\n`;
}
