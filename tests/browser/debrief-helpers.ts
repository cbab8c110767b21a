/**
 * Sessions played by the engine for the debrief viewer's tests, and the viewer's file picker.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { createSession, type SaveFile, type Session } from '../../src/engine/index';
import { loadScenario } from '../../src/scenario/index';
import type { Scenario } from '../../src/scenario/types';

const ROOT = resolve(import.meta.dirname, '../..');

/** A shipped scenario by file name (`breach_33m`, `tutorial`). */
export function shipped(file: string): Scenario {
  const { scenario } = loadScenario(readFileSync(resolve(ROOT, `scenarios/${file}.yaml`), 'utf8'));
  if (!scenario) throw new Error(`${file} does not load`);
  return scenario;
}

export interface PlayOptions {
  readonly team: string;
  /** At each decision, the first available choice at or after this index (wrapping). */
  readonly pick: number;
  readonly seed?: number;
  /** Wall-clock milliseconds between steps. */
  readonly step?: number;
  /** End the exercise (as the facilitator's "End") after this many decisions: an incomplete run. */
  readonly endAfter?: number;
  /** Called before each step with its number, for notes and other side events. */
  readonly before?: (session: Session, step: number) => void;
}

/** Plays a session with the engine and returns its save, as the game would write it. */
export function playSave(scenario: Scenario, options: PlayOptions): SaveFile {
  let wall = Date.UTC(2026, 2, 2, 9, 0, 0);
  const session = createSession(scenario, {
    seed: options.seed ?? 11,
    team: options.team,
    now: () => wall,
  });
  let decided = 0;
  for (let guard = 0; guard < 200 && !session.finished(); guard++) {
    wall += options.step ?? 53_000;
    options.before?.(session, guard);
    if (options.endAfter !== undefined && decided >= options.endAfter) {
      session.end();
      break;
    }
    const choices =
      scenario.beats.find((b) => b.id === session.state().beat)?.decision?.choices ?? [];
    if (choices.length === 0) {
      session.continue();
      continue;
    }
    const at = options.pick % choices.length;
    for (const c of [...choices.slice(at), ...choices.slice(0, at)]) {
      if (session.choose(c.id).accepted) {
        decided++;
        break;
      }
    }
  }
  if (!session.finished()) throw new Error('the scripted play did not finish');
  return JSON.parse(JSON.stringify(session.save())) as SaveFile;
}

/** Opens debrief.html and gives it files as its picker would. */
export async function openViewer(
  page: Page,
  url: string,
  files: readonly { name: string; text: string }[],
): Promise<void> {
  await page.goto(`${url}debrief.html`);
  await page.getByLabel('Open saves, exports or scenario files').setInputFiles(
    files.map((f) => ({ name: f.name, mimeType: 'application/json', buffer: Buffer.from(f.text) })),
  );
}
