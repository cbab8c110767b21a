/**
 * Saves and exports mutated from genuine ones, thousands per run: none is ever shown with a
 * score unless the save replays to exactly that score, and nothing throws.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildReport,
  scoreState,
  toJson,
  verifiedExport,
  verifiedReport,
} from '../../src/debrief/index';
import { replay } from '../../src/engine/replay';
import { sameJson } from '../../src/engine/save-shape';
import type { LogEntry, SaveFile } from '../../src/engine/types';
import { fixtureScenario, playSession } from './play';

const scenario = fixtureScenario('breach-mini');

/** Genuine saves: every pair of choices, one with a note, a pause and an undo. */
function genuineSaves(): SaveFile[] {
  const saves: SaveFile[] = [];
  for (const first of ['disclose_early', 'stay_silent'])
    for (const second of ['file_report', 'lawyer_up']) {
      const { session, tick } = playSession(scenario, `Team ${first}`);
      tick(30);
      session.choose(first);
      session.note('A note <b>with</b> markup');
      session.pause();
      tick(10);
      session.resume();
      session.choose(second);
      saves.push(JSON.parse(JSON.stringify(session.save())) as SaveFile);
    }
  const { session } = playSession(scenario, 'Undone');
  session.choose('stay_silent');
  session.undo();
  session.choose('disclose_early');
  saves.push(JSON.parse(JSON.stringify(session.save())) as SaveFile);
  return saves;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = readonly (string | number)[];

/** Every path to a value inside `value`, the root excluded. */
function paths(value: Json, prefix: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [];
  const keys: (string | number)[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return keys.flatMap((key) => {
    const child = (value as Record<string | number, Json>)[key] as Json;
    return [[...prefix, key], ...paths(child, [...prefix, key])];
  });
}

type Mutation =
  | { kind: 'replace'; value: Json }
  | { kind: 'delete' }
  | { kind: 'nudge'; by: number }
  | { kind: 'flip' }
  | { kind: 'copy-from'; index: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('replace' as const), value: fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json> }),
  fc.record({ kind: fc.constant('delete' as const) }),
  fc.record({ kind: fc.constant('nudge' as const), by: fc.constantFrom(1, -1, 10, -10, 0.5, 1e300, -1e300) }),
  fc.record({ kind: fc.constant('flip' as const) }),
  fc.record({ kind: fc.constant('copy-from' as const), index: fc.nat() }),
);

/** Applies mutations at paths chosen by index, to a copy. */
function mutate(original: Json, steps: readonly (readonly [number, Mutation])[]): Json {
  const root = JSON.parse(JSON.stringify(original)) as Json;
  for (const [pick, change] of steps) {
    const all = paths(root);
    if (all.length === 0) break;
    const path = all[pick % all.length]!;
    const parent = path.slice(0, -1).reduce<Json>((node, key) => (node as Record<string | number, Json>)[key] as Json, root) as Record<string | number, Json>;
    const key = path[path.length - 1]!;
    const current = parent[key];
    switch (change.kind) {
      case 'replace':
        parent[key] = change.value;
        break;
      case 'delete':
        if (Array.isArray(parent)) parent.splice(key as number, 1);
        else delete parent[key];
        break;
      case 'nudge':
        if (typeof current === 'number') parent[key] = current + change.by;
        break;
      case 'flip':
        if (typeof current === 'boolean') parent[key] = !current;
        else if (typeof current === 'string') parent[key] = `${current}x`;
        break;
      case 'copy-from': {
        const other = all[change.index % all.length]!;
        parent[key] = JSON.parse(JSON.stringify(other.reduce<Json>((node, k) => (node as Record<string | number, Json>)[k] as Json, root) ?? null)) as Json;
        break;
      }
    }
  }
  return root;
}

/** What an input's save replays to: its score, or null when the log cannot be replayed. */
function replayedScore(save: unknown): number | null {
  try {
    const { log, seed } = save as { log: LogEntry[]; seed: number };
    return scoreState(scenario, replay(scenario, log, seed)).overall;
  } catch {
    return null;
  }
}

const saves = genuineSaves();
const steps = fc.array(fc.tuple(fc.nat(), mutation), { minLength: 1, maxLength: 3 });

describe('verified reports of mutated inputs', () => {
  it('show a save only with the score and state its log replays to', () => {
    let shown = 0;
    fc.assert(
      fc.property(fc.nat({ max: saves.length - 1 }), steps, (which, changes) => {
        const save = mutate(saves[which] as unknown as Json, changes);
        const result = verifiedReport(scenario, save);
        if (!result.ok) return;
        shown++;
        const claimed = save as unknown as SaveFile;
        const state = replay(scenario, claimed.log, claimed.seed);
        expect(result.report.score).toEqual(scoreState(scenario, state));
        // What the save said about itself is what the replay gives.
        expect(sameJson(claimed.state, state)).toBe(true);
        expect(result.report.score.overall).toBe(replayedScore(save));
      }),
      { numRuns: 2000, seed: 17 },
    );
    // Mutations that touch nothing the replay reads (a wall time, a note's text) stay shown.
    expect(shown).toBeGreaterThan(0);
  }, 300_000);

  it('show an export only with the score its embedded save replays to, and say when it was edited', () => {
    const exports = saves.map((save) => JSON.parse(toJson(buildReport(scenario, save))) as Json);
    fc.assert(
      fc.property(fc.nat({ max: exports.length - 1 }), steps, (which, changes) => {
        const exported = mutate(exports[which] as Json, changes);
        const result = verifiedExport(scenario, exported);
        if (!result.ok) return;
        const inner = (exported as { save: unknown }).save;
        expect(result.report.score.overall).toBe(replayedScore(inner));
        const claimed = (exported as { score?: { overall?: unknown } }).score?.overall;
        if (claimed !== result.report.score.overall)
          expect(result.report.warnings[0]).toMatch(/^This export was changed after it was made/);
      }),
      { numRuns: 1000, seed: 17 },
    );
  }, 300_000);
});
