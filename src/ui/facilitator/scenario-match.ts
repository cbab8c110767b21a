/**
 * Finds the scenario the projector is running: a shipped one by its id (the same files the game
 * bundles), or the text the projector sent for one opened from a file. Either way the loaded
 * text must hash to what the projector reported, or the console would show the facilitator
 * ratings and notes of a different script.
 */
import { loadScenario } from '../../scenario/index.ts';
import type { Scenario } from '../../scenario/types.ts';
import { findShipped } from '../catalog.ts';
import type { Snapshot } from '../sync/protocol.ts';
import { t as ui } from '../lang/ui-language.ts';


export type Match =
  | { readonly ok: true; readonly scenario: Scenario }
  | { readonly ok: false; readonly message: string };

export async function matchScenario(wanted: Snapshot['scenario']): Promise<Match> {
  if (wanted.source !== undefined) {
    const { scenario } = loadScenario(wanted.source, { file: `${wanted.id}.yaml` });
    if (!scenario)
      return {
        ok: false,
        message: ui('console.match.noLoad', { id: wanted.id }),
      };
    return checked(scenario, wanted);
  }
  // The same build-time-checked files the game plays.
  const shipped = (await findShipped(wanted.id))?.scenario;
  if (shipped) return checked(shipped, wanted);
  return {
    ok: false,
    message: ui('console.match.missing', { id: wanted.id }),
  };
}

function checked(scenario: Scenario, wanted: Snapshot['scenario']): Match {
  if (scenario.hash === wanted.hash) return { ok: true, scenario };
  return {
    ok: false,
    message: ui('console.match.otherText', { id: wanted.id, theirs: wanted.version, ours: scenario.meta.version }),
  };
}
