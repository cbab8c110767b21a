/**
 * "Chose X. The team chose X.": no section of the report describes one of the team's choices
 * twice, in the Markdown and HTML exports alike.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildReport, mdText, toHtml, toMarkdown, escapeHtml } from '../../src/debrief/index';
import { loadScenario, type Scenario } from '../../src/scenario/index';
import { fixtureScenario, playSession } from './play';

const tutorial = ((): Scenario => {
  const file = new URL('../../scenarios/tutorial.yaml', import.meta.url);
  const { scenario } = loadScenario(readFileSync(file, 'utf8'), { file: 'tutorial.yaml' });
  if (!scenario) throw new Error('the tutorial does not load');
  return scenario;
})();

/** Sections of a Markdown report by `## ` heading, or of an HTML one by `<h2>`. */
const sections = (text: string, heading: RegExp): string[] => text.split(heading);

const count = (text: string, part: string): number => text.split(part).length - 1;

function playRoute(scenario: Scenario, route: readonly string[]) {
  const { session } = playSession(scenario);
  for (const step of route) {
    if (step === 'expire') session.expire();
    else if (step === 'continue') session.continue();
    else session.choose(step);
  }
  return session.save();
}

const cases: [string, Scenario, string[], string[]][] = [
  [
    'a confirmed claim and a harmful legal move',
    fixtureScenario('claims-by-confidence'),
    ['say_confirmed', 'lawyer_up'],
    ['say_preliminary', 'file_report'],
  ],
  [
    'a harmful default when time ran out',
    fixtureScenario('claims-by-confidence'),
    ['expire', 'lawyer_up'],
    ['say_preliminary', 'file_report'],
  ],
  [
    'every recommended move',
    fixtureScenario('claims-by-confidence'),
    ['say_preliminary', 'file_report'],
    ['say_preliminary', 'file_report'],
  ],
  [
    'the tutorial, harmful all the way',
    tutorial,
    ['confirm_small', 'not_an_intrusion', 'continue', 'lawyer_first', 'blame_vendor'],
    ['notify_now', 'report_intrusion', 'report_pipc', 'ceo_apology'],
  ],
  [
    'the tutorial, recommended all the way',
    tutorial,
    ['notify_now', 'report_intrusion', 'continue', 'report_pipc', 'ceo_apology'],
    ['notify_now', 'report_intrusion', 'report_pipc', 'ceo_apology'],
  ],
];

describe('the report describes each choice once', () => {
  for (const [name, scenario, route, best] of cases) {
    it(`says each of the team's choices at most once per section: ${name}`, () => {
      const report = buildReport(scenario, playRoute(scenario, route), {
        bestPath: best,
        bestScore: 100,
      });
      const labels = report.decisions.map((d) => d.label);
      expect(labels.length).toBe(route.filter((step) => step !== 'continue').length);
      for (const [text, heading, quote] of [
        [toMarkdown(report), /^## /m, mdText],
        [toHtml(report), /<h2>/, escapeHtml],
      ] as const) {
        for (const section of sections(text, heading)) {
          const title = section.slice(0, section.indexOf('\n'));
          for (const label of labels)
            expect(count(section, quote(label)), `"${label}" in ${title}`).toBeLessThanOrEqual(1);
        }
      }
    });
  }
});
