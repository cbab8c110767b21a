import type { Inject, Scenario } from '../scenario/types';
import { compile } from './compiled';

/** Any inject the scenario declares (beat, trigger, deadline or optional), by its id. */
export function injectById(scenario: Scenario, id: string): Inject | undefined {
  return compile(scenario).injects.get(id);
}
