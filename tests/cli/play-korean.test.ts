import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { runPlay } from '../../src/cli/commands/play';
import { readScenario } from '../../src/cli/scenario-file';
import { scoreState } from '../../src/debrief/score';
import { restore } from '../../src/engine/index';
import { recordingIo } from './recording-io';

const TUTORIAL = 'scenarios/tutorial.yaml';
const plans = (parse(readFileSync('scenarios/tutorial.test.yaml', 'utf8')) as { plans: { name: string; steps: string[] }[] }).plans;
const scenario = readScenario(TUTORIAL);

/**
 * Latin words a Korean transcript may keep: proper names and identifiers (an X handle, the log's
 * HTTP verbs and service name, an IP range), and the laws' cited articles, which the format keeps
 * as one reference string per clock.
 */
const KEPT = new Set(['IT', 'IP', 'API', 'IDOR', 'KISA', 'SNS', 'GET', 'BLOCK', 'DEPLOY', 'profile', 'api', 'm', 'daejeon', 'deals', 'PIPA', 'Art', 'Enter', 't', 'q']);

async function play(steps: readonly string[], lang: 'en' | 'ko') {
  const dir = mkdtempSync(join(tmpdir(), 'play-korean-'));
  const save = join(dir, 'save.json');
  const io = recordingIo();
  expect(await runPlay(TUTORIAL, { choices: steps.join(','), seed: '1', lang, save }, io)).toBe(0);
  expect(io.stderr()).toBe('');
  const restored = restore(readFileSync(save, 'utf8'), scenario);
  if (!restored.ok) throw new Error(restored.error.message);
  const state = restored.session.state();
  return { transcript: io.stdout(), state, score: scoreState(scenario, state, lang) };
}

describe('the tutorial in Korean in the terminal', () => {
  it.each(plans.map((plan) => [plan.name, plan.steps] as const))('%s: the same choices give the same ending and score in both languages', async (_name, steps) => {
    const [en, ko] = await Promise.all([play(steps, 'en'), play(steps, 'ko')]);
    expect(ko.state.ending).not.toBeNull();
    expect(ko.state).toEqual(en.state);
    expect(ko.score.overall).toBe(en.score.overall);
    expect(ko.score.ending).toBe(en.score.ending);
  });

  it.each(plans.map((plan) => [plan.name, plan.steps] as const))('%s: leaves no English on the screen but names and citations', async (_name, steps) => {
    const { transcript } = await play(steps, 'ko');
    const english = [...transcript.matchAll(/[A-Za-z]+/g)].map((m) => m[0]).filter((word) => !KEPT.has(word));
    expect([...new Set(english)]).toEqual([]);
    expect(transcript).toContain('== 결말: ');
  });
});
