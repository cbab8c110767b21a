/**
 * The debrief's "other options" show the feedback this team's route would have picked, not the
 * fallback (round-9 comms T-N2): the tutorial's hotline option, seen by a team that announced
 * "exactly 1,200", speaks of agents reading that figure to every caller.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/debrief/index';
import { createSession } from '../../src/engine/index';
import { loadScenario, type Scenario } from '../../src/scenario/index';

const source = readFileSync(new URL('../../scenarios/tutorial.yaml', import.meta.url), 'utf8');
const loaded = loadScenario(source, { file: 'tutorial.yaml' }).scenario;
if (loaded === null) throw new Error('the tutorial does not load');
const tutorial: Scenario = loaded;

/** The debrief's feedback for the hotline option, on a route where the team chose `pipc`. */
function hotlineSeenBy(first: string): string | undefined {
  const session = createSession(tutorial, { seed: 1, team: 'Blue', now: () => 0 });
  const atDecision = (): boolean => session.rules.beat(session.state().beat).decision !== undefined;
  for (const step of [first, 'report_intrusion', 'file_and_update', 'ceo_apology']) {
    while (!atDecision() && !session.finished()) session.continue();
    expect(session.choose(step).accepted, step).toBe(true);
  }
  const report = buildReport(tutorial, session.save());
  const decision = report.decisions.find((d) => d.choice === 'file_and_update');
  return decision?.alternatives.find((a) => a.choice === 'hotline_first')?.feedback;
}

describe('the debrief’s other options', () => {
  it('show the feedback variant of the team’s own route', () => {
    expect(hotlineSeenBy('confirm_small')).toMatch(/twenty agents read 1,200/);
  });

  it('keep the fallback where the route picks it', () => {
    const seen = hotlineSeenBy('notify_now');
    expect(seen).toMatch(/members liked the hotline/);
    expect(seen).not.toMatch(/twenty agents read/);
  });
});
