/**
 * The scenario of a new live session: a shipped one by id (read from scenarios/), or a file the
 * facilitator opened, checked here with the same loader as everywhere else. A file with errors is
 * refused with the loader's first errors as data the page words (scenario-errors.ts).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadScenario } from '../scenario/index.ts';
import type { Scenario } from '../scenario/types.ts';
import { JOIN_REFUSED, type JoinRefusal } from './join-refusals.ts';
import { scenarioErrors } from './scenario-errors.ts';

const SHIPPED = resolve(import.meta.dirname, '../../scenarios');

export type Loaded = { readonly ok: true; readonly scenario: Scenario; readonly source: string } | { readonly ok: false; readonly refused: JoinRefusal };

/** Ids of the shipped scenarios (file names without .yaml). */
export function shippedIds(): string[] {
  return readdirSync(SHIPPED)
    .filter((file) => file.endsWith('.yaml') && !file.endsWith('.test.yaml'))
    .map((file) => file.slice(0, -'.yaml'.length));
}

export function loadSource(source: string, file = 'opened file'): Loaded {
  const { scenario, diagnostics } = loadScenario(source, { file });
  if (scenario) return { ok: true, scenario, source };
  return { ok: false, refused: JOIN_REFUSED.scenarioErrors(scenarioErrors(diagnostics, source)) };
}

export function loadShipped(id: string): Loaded {
  if (!shippedIds().includes(id)) return { ok: false, refused: JOIN_REFUSED.noShipped(id, shippedIds()) };
  return loadSource(readFileSync(resolve(SHIPPED, `${id}.yaml`), 'utf8'), `${id}.yaml`);
}
