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

/**
 * Scenarios already checked, by file and text. Checking one takes tens of milliseconds of the
 * process's one event loop (the tutorial: about 60 ms on a loaded 2-core machine), and a process
 * checks the same text again for every session it starts or restores: 50 restores of the same
 * scenario after a process died were 3 s of a busy survivor's loop. A checked scenario is plain
 * data nothing changes, so rooms share it. The most recent few are kept.
 */
const checked = new Map<string, Loaded>();
const CHECKED_KEPT = 16;

export function loadSource(source: string, file = 'opened file'): Loaded {
  const key = `${file}\0${source}`;
  const known = checked.get(key);
  if (known) return known;
  const { scenario, diagnostics } = loadScenario(source, { file });
  if (!scenario) return { ok: false, refused: JOIN_REFUSED.scenarioErrors(scenarioErrors(diagnostics, source)) };
  const loaded: Loaded = { ok: true, scenario, source };
  checked.set(key, loaded);
  if (checked.size > CHECKED_KEPT) checked.delete(checked.keys().next().value!);
  return loaded;
}

export function loadShipped(id: string): Loaded {
  if (!shippedIds().includes(id)) return { ok: false, refused: JOIN_REFUSED.noShipped(id, shippedIds()) };
  return loadSource(readFileSync(resolve(SHIPPED, `${id}.yaml`), 'utf8'), `${id}.yaml`);
}
