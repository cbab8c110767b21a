/**
 * The CLI's last English sentences, in Korean (issue #20): `play`'s own usage errors, the faults
 * `graph` finds in a drawing, and the engine refusals `analyze` lists. Each is worded from a code
 * and its values; the English beside it is the old sentence, word for word.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { playRandom, runPlay } from '../../src/cli/commands/play';
import { createSession } from '../../src/engine/index';
import { graphProblemText } from '../../src/cli/commands/graph';
import { analyze, formatAnalysis, graphProblems, type Analysis } from '../../src/analysis/index';
import type { BeatGraph } from '../../src/analysis/beat-graph';
import { english, loadTranslator } from '../../src/i18n/index';
import { readScenario } from '../../src/cli/scenario-file';
import { recordingIo } from './recording-io';

const TUTORIAL = 'scenarios/tutorial.yaml';

/** English left in a Korean line: Latin words of 3+ letters other than the options and values a user types and the ids. */
const stray = (said: string, kept: readonly string[]): string[] =>
  [...new Set([...said.matchAll(/[A-Za-z][A-Za-z_]*/g)].map((m) => m[0]))].filter((word) => word.length >= 3 && !kept.includes(word));

describe("play's usage errors in Korean", () => {
  it('says a bad --seed, a bad --auto and both modes at once in Korean, and in English as before', async () => {
    const ko = await loadTranslator('ko');
    const korean = recordingIo();
    expect(await runPlay(TUTORIAL, { seed: 'xyz', lang: 'ko', json: true }, korean, ko)).toBe(1);
    expect(await runPlay(TUTORIAL, { auto: 'smart', lang: 'ko' }, korean, ko)).toBe(1);
    expect(await runPlay(TUTORIAL, { auto: 'random', choices: 'a', lang: 'ko' }, korean, ko)).toBe(1);
    const said = korean.stderr();
    expect(said.split('\n').filter(Boolean)).toHaveLength(3);
    expect(said).toContain("'xyz'");
    expect(stray(said, ['crisis', 'room', 'seed', 'auto', 'random', 'choices', 'xyz', 'smart'])).toEqual([]);
    const io = recordingIo();
    expect(await runPlay(TUTORIAL, { auto: 'random', choices: 'a' }, io, english)).toBe(1);
    expect(io.stderr()).toBe('crisis-room: use either --choices or --auto, not both\n');
  });

  it('says a stuck scenario and one that never ends in Korean', async () => {
    const ko = await loadTranslator('ko');
    const said = (file: string): string => {
      try {
        playRandom(createSession(readScenario(file), { seed: 1 }), 1, () => undefined, ko);
        return '';
      } catch (error) {
        return error instanceof Error ? error.message : String(error);
      }
    };
    const stuck = said('tests/fixtures/analysis/dead.yaml');
    expect(stuck).toContain("'b'");
    // The locked room's way out needs a flag nothing sets; its other choice leads back into it.
    const dir = mkdtempSync(join(tmpdir(), 'usage-words-'));
    const forever = join(dir, 'forever.yaml');
    writeFileSync(forever, readFileSync('tests/fixtures/analysis/dead.yaml', 'utf8').replace('if: "trust < 5", next: end', 'if: "secret", next: end').replace('      choices:\n        - { id: locked', '      choices:\n        - { id: again, category: legal, label: Again, next: b, feedback: Again., rating: acceptable }\n        - { id: locked'));
    const loop = said(forever);
    expect(loop).toContain('결말에 이르지 않았습니다');
    expect(stray(`${stuck}\n${loop}`, [])).toEqual([]);
  });

  it('says a save it cannot write in Korean', async () => {
    const korean = recordingIo();
    expect(await runPlay(TUTORIAL, { auto: 'random', seed: '1', lang: 'ko', json: true, save: 'no/such/dir/save.json' }, korean, await loadTranslator('ko'))).toBe(1);
    expect(korean.stderr()).toBe('crisis-room: no/such/dir/save.json에 쓸 수 없습니다: ENOENT\n');
  });
});

describe("graph's faults in Korean", () => {
  const broken: BeatGraph = {
    nodes: [
      { key: 'beat:open', kind: 'beat', id: 'open', label: 'Open', start: true, reachable: true },
      { key: 'ending:calm', kind: 'ending', id: 'calm', label: 'Calm', start: false, reachable: true },
    ],
    edges: [{ from: 'beat:gone', to: 'beat:lost', kind: 'choice', label: 'apologise', reachable: true }],
  };

  it('words each fault from its code, keeping the English', async () => {
    const problems = graphProblems(broken);
    expect(problems.map((problem) => problem.code)).toEqual(['edgeFromUndrawn', 'edgeToUndrawn', 'beatNoExit', 'endingNoEntry']);
    expect(problems.map((problem) => graphProblemText(problem, english))).toEqual(problems.map((problem) => problem.text));
    expect(problems[0]?.text).toBe("an edge 'apologise' starts at 'beat:gone', which is not drawn");
    const ko = await loadTranslator('ko');
    const korean = problems.map((problem) => graphProblemText(problem, ko)).join('\n');
    expect(korean).toContain("'calm'");
    expect(stray(korean, ['beat', 'gone', 'lost', 'apologise', 'open', 'calm'])).toEqual([]);
  });
});

describe("analyze's engine refusals in Korean", () => {
  it('words a refusal from its code and values', async () => {
    const scenario = readScenario(TUTORIAL);
    const analysis: Analysis = {
      ...analyze(scenario, { maxStates: 2_000 }),
      refusals: [{ beat: 'open', event: 'continue', reason: 'the exercise has ended', code: 'ended', values: {} }],
    };
    const ko = await loadTranslator('ko');
    const line = formatAnalysis(analysis, ko).split('\n').find((text) => text.includes("'open'") || text.includes('open:'));
    expect(line).toBeDefined();
    expect(line).toContain(ko.t('refusal.ended'));
    expect(stray(line ?? '', ['open', 'continue'])).toEqual([]);
    expect(formatAnalysis(analysis, english)).toContain(english.t('refusal.ended'));
  });
});
