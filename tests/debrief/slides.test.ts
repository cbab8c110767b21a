import { describe, expect, it } from 'vitest';
import { buildReport, buildSlides, INCOMPLETE_SLIDE_NOTE, type Slide } from '../../src/debrief/index';
import { fixtureScenario, playSession } from './play';

const scenario = fixtureScenario('breach-mini');

function run(choices: readonly string[], end = false) {
  const { session } = playSession(scenario);
  for (const id of choices) session.choose(id);
  if (end) session.end();
  return buildReport(scenario, session.save());
}

const decisions = (slides: readonly Slide[]) =>
  slides.filter((s): s is Extract<Slide, { kind: 'decision' }> => s.kind === 'decision');

describe('buildSlides', () => {
  it('gives a title, one slide per decision, then the ending, claims, deadlines, objectives and plan', () => {
    const report = run(['disclose_early', 'lawyer_up']);
    const deck = buildSlides(report);
    expect(deck.slides.map((s) => s.kind)).toEqual([
      'title',
      'decision',
      'decision',
      'ending',
      'claims',
      'deadlines',
      'objectives',
      'plan',
    ]);
    expect(deck.incomplete).toBeNull();
    const [first, second] = decisions(deck.slides);
    expect(first?.heading).toBe(`Decision 1 of 2: ${report.decisions[0]?.beatTitle ?? ''}`);
    expect(first?.chosen.label).toBe(report.decisions[0]?.label);
    expect(first?.alternatives.map((a) => a.label)).toEqual(
      report.decisions[0]?.alternatives.map((a) => a.label),
    );
    // disclose_early raises trust from 50 to 60, and entering the forensic report costs 20, both
    // in the step the choice caused; liability is untouched.
    expect(first?.meters).toEqual([
      { label: 'Public trust', before: 50, after: 40 },
      { label: 'Legal liability', before: 20, after: 20 },
    ]);
    // The second decision finds the meters where the first left them, untouched ones included.
    expect(second?.meters.find((m) => m.label === 'Public trust')).toEqual({
      label: 'Public trust',
      before: 40,
      after: 40,
    });
    expect(second?.meters.find((m) => m.label === 'Legal liability')).toEqual({
      label: 'Legal liability',
      before: 20,
      after: 35,
    });
  });

  it('marks a run ended early as incomplete, with a partial score and no ending', () => {
    const deck = buildSlides(run(['disclose_early'], true));
    expect(deck.incomplete).toBe(INCOMPLETE_SLIDE_NOTE);
    const title = deck.slides[0];
    expect(title?.kind === 'title' && title.score).toMatch(/^Score \d+\/100 \(partial\)$/);
    const ending = deck.slides.find((s) => s.kind === 'ending');
    expect(ending?.kind === 'ending' && ending.title).toBeNull();
  });
});
