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
];
