/**
 * `crisis-room analyze` and `graph` with `--lang ko` (issue #20): every heading, line and sentence
 * of the report is Korean, with no English left but what the file says (ids, conditions, keys), the
 * commands an author types and the graph's syntax; the analysis's own sentences are worded from the
 * same catalogs, whose English is the analysis's English word for word.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runAnalyze } from '../../src/cli/commands/analyze';
import { runGraph } from '../../src/cli/commands/graph';
import { analyze, type Analysis } from '../../src/analysis/index';
import { GRAPH_ENGLISH } from '../../src/analysis/beat-graph';
import { english, loadTranslator, type MessageKey } from '../../src/i18n/index';
import { findingWordsText, type FindingWords } from '../../src/i18n/finding-words';
import { loadScenario, scenarioSchema } from '../../src/scenario/index';
import { recordingIo } from './recording-io';
import { formatKeys } from '../i18n/format-keys';

const FIXTURES = ['diamond', 'loop', 'dead', 'conditional-texts', 'chance', 'every-ending-way', 'claim-bounds', 'paths-70'].map((name) => `tests/fixtures/analysis/${name}.yaml`);
const DESIGN = ['gamed', 'one-decision', 'deficient-forgiven', 'silenced'].map((name) => `tests/fixtures/analysis/design/${name}.yaml`);
const DETOUR = 'tests/fixtures/engine/detour.yaml';
/** A condition of every kind the analysis checks and a text of every kind that follows the play. */
const PLACES = 'tests/fixtures/analysis/where-korean.yaml';

/** The places a report's conditions and texts sections name: each line's words before its first `: `. */
const placesIn = (report: string, headings: readonly string[]): string[] =>
  report
    .split('\n\n')
    .filter((block) => headings.some((heading) => block.startsWith(heading)))
    .flatMap((block) => block.split('\n').filter((line) => /^ {2}\S/.test(line)))
    .map((line) => line.slice(2, line.indexOf(': ')));

/** What a Korean report may keep: the format's keys and functions, the commands and options typed, the graph's syntax. */
const KEPT = new Set([
  ...formatKeys(scenarioSchema),
  ...['visits', 'chose', 'met', 'missed', 'deficient', 'fired', 'and', 'not', 'time', 'true', 'false', 'end'],
  ...['crisis', 'room', 'analyze', 'max', 'states', 'steps', 'mermaid', 'dot'],
  // The surface strategies' names (always-first, greedy-headline, category-legal-longest), ids like a choice's.
  ...['always', 'first', 'longest', 'shortest', 'greedy', 'headline', 'category'],
  ...['flowchart', 'classDef', 'class', 'fill', 'stroke', 'width', 'dasharray', 'color', 'start', 'unreachable', 'linkStyle', 'quot', 'resolve', 'ending', 'beat', 'trigger', 'push', 'return'],
  ...['digraph', 'rankdir', 'node', 'shape', 'box', 'fontname', 'Helvetica', 'edge', 'fontsize', 'doubleoctagon', 'fillcolor', 'filled', 'penwidth', 'gray', 'fontcolor', 'dashed', 'style', 'dotted', 'label', 'diamond'],
]);

/** English left in a Korean text: Latin words of 3+ letters that neither the file nor the kept list explains. */
const latinWords = (said: string, source: string): string[] =>
  [...new Set([...said.replace(/[\w./-]+\.yaml\b/g, '').matchAll(/[A-Za-z][A-Za-z_]*/g)].map((m) => m[0]))].filter(
    (word) => /[A-Za-z]{3}/.test(word) && !KEPT.has(word) && !/^CR\d+$/.test(word) && !source.includes(word),
  );

describe('crisis-room analyze in Korean', () => {
  it.each([...FIXTURES, ...DESIGN])('says the whole report of %s in Korean', async (file) => {
    const ko = await loadTranslator('ko');
    const io = recordingIo();
    await runAnalyze(file, {}, io, ko);
    const source = readFileSync(file, 'utf8');
    expect(io.stdout()).toMatch(/^'.+' 분석\n/);
    expect(latinWords(io.stdout() + io.stderr(), source), io.stdout()).toEqual([]);
  });

  it('says where each condition and text sits in Korean, naming the id and the key it is written under', async () => {
    const ko = await loadTranslator('ko');
    const korean = recordingIo();
    await runAnalyze(PLACES, {}, korean, ko);
    const places = placesIn(korean.stdout(), ['조건:', '진행에 따라 바뀌는 문장']);
    expect(places).toEqual([
      '선택지 hide의 조건(if)',
      '결말 finished의 조건(when)',
      '목표 candour의 근거 1번 조건(when)',
      '트리거 rumour의 발동 조건(when)',
      '기한 filing의 준수 조건(met_when)',
      '기한 recall의 기산 조건(starts_when)',
      '메시지 letter의 제목(headline)',
      '메시지 letter의 본문(body)',
      '선택지 tell의 결과 서술(consequence)',
      '선택지 tell의 피드백(feedback)',
      '결말 finished의 에필로그(epilogue)',
    ]);
    // No English word of the place is left once the ids and the keys in brackets are taken out.
    const ids = new Set(['hide', 'finished', 'candour', 'rumour', 'filing', 'recall', 'letter', 'tell']);
    const left = places.flatMap((place) => [...place.replace(/\([a-z_]+\)/g, '').matchAll(/[A-Za-z]+/g)].map((m) => m[0]).filter((word) => !ids.has(word)));
    expect(left).toEqual([]);
    const english = recordingIo();
    await runAnalyze(PLACES, {}, english);
    expect(placesIn(english.stdout(), ['Conditions:', 'Texts that follow the play'])).toEqual([
      'choice hide (if)',
      'ending finished (when)',
      'rubric candour evidence 1 (when)',
      'trigger rumour (when)',
      'deadline filing (met_when)',
      'deadline recall (starts_when)',
      'inject letter headline',
      'inject letter body',
      'choice tell consequence',
      'choice tell feedback',
      'ending finished epilogue',
    ]);
  });

  it("names an ending's tone in Korean beside its id: endings, strategies, findings and the graph", async () => {
    const ko = await loadTranslator('ko');
    const korean = recordingIo();
    await runAnalyze(PLACES, {}, korean, ko);
    expect(korean.stdout()).toContain('\n  finished (엇갈림): 도달 가능');
    expect(korean.stdout()).toContain('\n  fallback (나쁨): 도달 불가\n');
    expect(korean.stdout()).toMatch(/\n {2}always-first +finished \(엇갈림\), 점수 90 {3}CR523\n/);
    expect(korean.stdout()).toContain("CR523 표면 전략 always-first(늘 파일 순서상 첫 번째 선택지)은(는) 'finished'(엇갈림) 결말에 이르고");
    // No tone is left in English: the format's tone values are not among what a Korean report keeps.
    expect(korean.stdout()).not.toMatch(/\b(best|good|mixed|poor|worst)\b/);
    const english = recordingIo();
    await runAnalyze(PLACES, {}, english);
    expect(english.stdout()).toContain('\n  finished (mixed): reachable');
    expect(english.stdout()).toContain("reaches 'finished' (mixed) with score 90");
    const graph = recordingIo();
    await runGraph(PLACES, { format: 'dot' }, graph, ko);
    expect(graph.stdout()).toContain('"Finished\\n(finished, 엇갈림)"');
  });

  it('says a partial analysis, its warnings and the budget in Korean', async () => {
    const ko = await loadTranslator('ko');
    for (const options of [{ maxStates: '3' }, { maxSteps: '40' }]) {
      const io = recordingIo();
      await runAnalyze('tests/fixtures/analysis/design/gamed.yaml', options, io, ko);
      expect(io.stdout()).toContain('경고: ');
      expect(io.stderr()).toMatch(/^crisis-room: [^\n]*[가-힣]/);
      const source = readFileSync('tests/fixtures/analysis/design/gamed.yaml', 'utf8');
      expect(latinWords(io.stdout() + io.stderr(), source), io.stdout() + io.stderr()).toEqual([]);
    }
  });

  it('says its usage errors and a broken scenario in Korean', async () => {
    const ko = await loadTranslator('ko');
    const bad = recordingIo();
    expect(await runAnalyze('tests/fixtures/analysis/diamond.yaml', { maxStates: 'many' }, bad, ko)).toBe(1);
    expect(bad.stderr()).toBe("crisis-room: --max-states에는 1 이상의 정수를 써야 합니다. 'many'은(는) 쓸 수 없습니다\n");
    const broken = recordingIo();
    expect(await runAnalyze('tests/fixtures/analysis/workshop-broken.yaml', {}, broken, ko)).toBe(1);
    expect(broken.stderr()).toContain('crisis-room: tests/fixtures/analysis/workshop-broken.yaml에 오류가 1개 있습니다. `crisis-room check tests/fixtures/analysis/workshop-broken.yaml`로 확인하십시오\n');
    expect(broken.stderr()).toContain('[오류]');
  });

  it('words the analysis\'s own sentences in English exactly as the analysis says them', () => {
    const analyses: Analysis[] = [...FIXTURES, ...DESIGN, DETOUR].flatMap((file) => {
      const { scenario } = loadScenario(readFileSync(file, 'utf8'));
      return [analyze(scenario!), analyze(scenario!, { maxStates: 3, witnessRuns: 10 }), analyze(scenario!, { maxSteps: 40 })];
    });
    const pairs = analyses.flatMap((a): [string | null, FindingWords | null][] => [
      [a.alwaysEnds.why, a.alwaysEnds.words],
      [a.capMessage, a.capWords],
      [a.budget.message, a.budget.words],
      ...(a.score.exact ? [] : [[a.score.reason, a.score.words] as [string, FindingWords]]),
    ]);
    for (const [message, words] of pairs) expect(words === null ? null : findingWordsText(words, english)).toBe(message);
    expect(pairs.filter(([message]) => message !== null).length).toBeGreaterThan(analyses.length);
  });
});

describe('crisis-room graph in Korean', () => {
  it('draws the scenario\'s titles in Korean and labels its own nodes and edges in Korean', async () => {
    const ko = await loadTranslator('ko');
    const io = recordingIo();
    expect(await runGraph('scenarios/tutorial.yaml', { format: 'mermaid' }, io, ko)).toBe(0);
    const { scenario } = loadScenario(readFileSync('scenarios/tutorial.yaml', 'utf8'));
    const koTitle = scenario!.beats[0]!.title;
    expect(typeof koTitle === 'object' && io.stdout().includes(koTitle['ko'] ?? '—')).toBe(true);
    const detour = recordingIo();
    await runGraph(DETOUR, { format: 'dot' }, detour, ko);
    expect(detour.stdout()).toContain('중단된 장면으로 돌아감');
    expect(latinWords(detour.stdout(), readFileSync(DETOUR, 'utf8')), detour.stdout()).toEqual([]);
    const wrong = recordingIo();
    expect(await runGraph(DETOUR, { format: 'svg' }, wrong, ko)).toBe(1);
    expect(wrong.stderr()).toBe("crisis-room: --format에는 mermaid나 dot을 쓰십시오. 'svg'은(는) 쓸 수 없습니다\n");
  });

  it('keeps the graph\'s English as the catalog says it', () => {
    for (const [key, said] of Object.entries(GRAPH_ENGLISH)) expect(english.t(`analysis.graph.${key}` as MessageKey, { id: '{id}', condition: '{condition}' })).toBe(said);
  });
});
