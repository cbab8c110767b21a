/**
 * Plays the debrief fixture scenarios through the real engine with a fake wall clock, so the
 * tests read real session logs. Only time is faked.
 */
import { readFileSync } from 'node:fs';
import { createSession, type Session } from '../../src/engine/index';
import { loadScenario } from '../../src/scenario/index';
import type { Scenario } from '../../src/scenario/types';

export function fixtureScenario(name: string): Scenario {
  const file = new URL(`../fixtures/debrief/${name}.yaml`, import.meta.url);
  const { scenario, diagnostics } = loadScenario(readFileSync(file, 'utf8'), { file: name });
  if (!scenario)
    throw new Error(
      `fixture ${name} does not load: ${diagnostics.map((d) => d.message).join('; ')}`,
    );
  return scenario;
}

/** A session whose clock starts at 2026-03-02 09:00 UTC and moves only when `tick` is called. */
export function playSession(
  scenario: Scenario,
  team = 'Blue',
): { session: Session; tick: (seconds: number) => void } {
  let wall = Date.UTC(2026, 2, 2, 9, 0, 0);
  const session = createSession(scenario, { seed: 7, team, now: () => wall });
  return { session, tick: (seconds) => (wall += seconds * 1000) };
}
