import type { Scenario } from '../scenario/types';

/**
 * `build` run once per scenario object, its result kept as long as the scenario is. For what is
 * derived from a checked scenario alone (its machine, compiled rules, layout): a checked scenario
 * is never changed in place, so every later call may share the first result.
 */
export function memoByScenario<T>(build: (scenario: Scenario) => T): (scenario: Scenario) => T {
  const made = new WeakMap<Scenario, T>();
  return (scenario) => {
    const known = made.get(scenario);
    if (known !== undefined) return known;
    const value = build(scenario);
    made.set(scenario, value);
    return value;
  };
}
