/** Broken scenarios for the diagnostics' translation test, beside tests/fixtures/scenario/*.yaml. */
export const CORPUS: readonly { readonly name: string; readonly source: string }[] = [
  {
    // A language listed twice, a text without Korean, an undeclared language.
    name: 'trips.yaml',
    source: `
id: trips
title: { en: Trips, ko: 걸림 }
version: 1.0.0
languages: [en, ko, ko]
summary: { en: Only English }
role: { en: Team, ko: 팀, fr: Équipe }
`,
  },
  // Not text: a control character, and a byte sequence that is not UTF-8 (decoded as U+FFFD).
  { name: 'control.yaml', source: 'id: x\u0001\n' },
  { name: 'not-utf8.yaml', source: 'id: x\uFFFD\n' },
  // Too large for a scenario.
  { name: 'large.yaml', source: `id: x\nsummary: ${'a'.repeat(1024 * 1024)}\n` },
  // A YAML warning: a tag the parser cannot resolve.
  { name: 'tag.yaml', source: 'format: 1\nid: !custom tagged\n' },
  // Conditions the parser cannot read, and comparisons of the wrong kinds (CR501, CR503).
  { name: 'conditions.yaml', source: conditions([
    `${'('.repeat(33)}trust > 1${')'.repeat(33)}`,
    'trust < 1 < 2',
    '(trust > 1',
    '1.2.3 > 0',
    'and trust > 1',
    'visits(3) > 0',
    'visits(first first) > 0',
    'trust >',
    '> 1',
    'trust > 1 sent',
    'trust > 1 )',
    'sent == 3',
    '   ',
  ]) },
  // A text that is a list, a language map with no language, an evidence item of no known form (CR207, CR208).
  {
    name: 'shapes.yaml',
    source: `${conditions([])}rubric:
  - { id: honest, label: [Honest], capability: {}, evidence: [{ label: Nothing }] }
`,
  },
  // A band above the meter's max (CR214), a deadline window of no hours (CR206).
  {
    name: 'values.yaml',
    source: conditions([]).replace('bands: [{ from: 0, label: Low }]', 'bands: [{ from: 0, label: Low }, { from: 120, label: High }]')
      + 'deadlines:\n  - { id: notify, label: Notify, hours: 0, starts_when: "trust > 1" }\n',
  },
];

/** A one-decision scenario whose endings test the given conditions, one each (the last one plain). */
function conditions(whens: readonly string[]): string {
  return `format: 1
id: conditions
title: Conditions
summary: One decision.
meters:
  - { id: trust, label: Trust, min: 0, max: 100, start: 50, bands: [{ from: 0, label: Low }] }
flags:
  - { id: sent }
start: first
beats:
  - id: first
    title: First
    decision:
      prompt: What now?
      choices:
        - { id: act, category: disclosure, label: Act, next: end, feedback: Good., rating: recommended }
endings:
${whens.map((when, i) => `  - { id: e${i}, title: E, tone: mixed, epilogue: x, when: ${JSON.stringify(when)} }\n`).join('')}  - { id: done, title: Done, tone: mixed, epilogue: The end. }
`;
}

/** Broken instructor test plans (for tests/fixtures/engine/flow.yaml), beside tests/fixtures/engine/plans/. */
export const PLAN_CORPUS: readonly { readonly name: string; readonly source: string }[] = [
  { name: 'list.test.yaml', source: '- plans\n' },
  {
    name: 'shapes.test.yaml',
    source: `
scenario: [flow.yaml]
seed: 1.5
plans:
  - just a name
  - steps: choose
    expect: 3
  - name: wrong values
    steps: []
    expect:
      ending: 4
      meters: 5
      flags: { published: maybe }
      deadlines: [met]
      contradictions: -1
  - name: ids as lists
    steps: []
    expect: { flags: [published], deadlines: { notify: 2 } }
`,
  },
  { name: 'empty.test.yaml', source: 'scenario: flow.yaml\nplans: []\n' },
];
