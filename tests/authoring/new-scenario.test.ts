import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/index';
import { DEADLINE_PRESETS } from '../../src/authoring/deadline-presets';
import { checkAnswers, MAX_DECISIONS, MIN_DECISIONS, meterIds, newScenario, slug, type NewScenarioAnswers } from '../../src/authoring/new-scenario';
import { loadTranslator } from '../../src/i18n/index';
import { loadScenario } from '../../src/scenario/index';

const ALL = DEADLINE_PRESETS.map((p) => p.id);

const answers = (over: Partial<NewScenarioAnswers> = {}): NewScenarioAnswers => ({
  incident: 'Ransomware at a regional hospital',
  meters: ['Public trust', 'Legal exposure'],
  deadlines: ['pipa', 'gdpr'],
  decisions: 4,
  ...over,
});

describe('newScenario', () => {
  it('writes a scenario that checks without a problem, with the modeline and every deadline asked for', () => {
    const text = newScenario(answers({ deadlines: ALL, customDeadlines: [{ label: 'Brief the board', hours: 48 }] }));
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=./schema.json');
    const { scenario, diagnostics } = loadScenario(text);
    expect(diagnostics).toEqual([]);
    expect(scenario?.deadlines.map((d) => d.id)).toEqual([...ALL, 'brief_the_board']);
    expect(scenario?.deadlines.find((d) => d.id === 'sec')?.businessDays).toBe(4);
    expect(scenario?.deadlines.find((d) => d.id === 'nis2_early')?.hours).toBe(24);
    expect(scenario?.meters.map((m) => [m.id, m.good])).toEqual([['public_trust', 'high'], ['legal_exposure', 'low']]);
    expect(scenario?.beats).toHaveLength(4);
  });

  it.each([
    { decisions: 2, deadlines: ALL, meters: ['Trust', 'Regulator patience'] },
    { decisions: 3, deadlines: ['sec', 'nis2_early'], meters: ['Public trust', 'Legal exposure'] },
    { decisions: 6, deadlines: [], meters: ['Liability', 'Trust', 'Morale'] },
  ])('makes every ending, beat and choice reachable, and leaves only the surface findings an author rewrites first ($decisions decisions)', (given) => {
    const text = newScenario(answers(given));
    const { scenario, positions } = loadScenario(text);
    const analysis = analyze(scenario!, { ...(positions && { positions }) });
    expect(analysis.complete).toBe(true);
    expect(analysis.unreachable).toEqual({ beats: [], choices: [], triggers: [], endings: [] });
    expect(analysis.deadEnds).toEqual([]);
    // Greed on the lead meter alone, and the recommended choices' one category, still find the
    // recommended choice: a draft's placeholders, and what an author rewrites first.
    expect(analysis.design.map((d) => d.code)).toEqual(['CR527', 'CR528']);
  });

  it('checks for every sound set of answers (property)', () => {
    const name = fc.stringMatching(/^[A-Za-z][A-Za-z0-9 ,:'"#&-]{0,30}$/);
    fc.assert(
      fc.property(
        fc.record({
          incident: name,
          meters: fc.uniqueArray(name, { minLength: 1, maxLength: 4, selector: (m) => slug(m, 'meter') }),
          deadlines: fc.subarray(ALL),
          customDeadlines: fc.array(fc.record({ label: name, hours: fc.integer({ min: 1, max: 500 }) }), { maxLength: 2 }),
          decisions: fc.integer({ min: MIN_DECISIONS, max: MAX_DECISIONS }),
        }),
        (a) => {
          fc.pre(checkAnswers(a).length === 0);
          const { scenario, diagnostics } = loadScenario(newScenario(a));
          expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
          expect(scenario?.beats).toHaveLength(a.decisions);
        },
      ),
      { numRuns: 30 },
    );
  });

  it('says what is wrong with each bad answer', () => {
    const problems = checkAnswers({ incident: ' ', meters: ['Trust', 'trust!', '', 'A', 'B'], deadlines: ['hipaa', 'gdpr', 'gdpr'], customDeadlines: [{ label: 'Board', hours: 0 }], decisions: 1.5 });
    expect(problems.map((p) => `${p.field}: ${p.message}`)).toEqual([
      'incident: The incident is empty: write a few words.',
      'meters: Give one to 4 meters (you gave 5); the first two are the headline meters.',
      "meters: Meters 'Trust' and 'trust!' would both have the id 'trust': name them differently.",
      'meters: Meter 3 is empty: write a few words.',
      "deadlines: There is no common deadline 'hipaa': use pipa, gdpr, sec, nis2_early or nis2_notice, or give your own with its hours.",
      'deadlines: A common deadline is listed twice: list each once.',
      "deadlines: Your deadline 'Board' needs hours above 0 and at most 10000 (it has 0).",
      'decisions: The number of decisions should be a whole number from 2 to 30 (it is 1.5).',
    ]);
  });

  it('says what is wrong with each answer in Korean, with no English left but the names given and the presets\' ids', async () => {
    const ko = await loadTranslator('ko');
    const bad = { incident: ' ', author: 'x'.repeat(121), meters: ['Trust', 'trust!', '', 'A', 'B'], deadlines: ['hipaa', 'gdpr', 'gdpr'], customDeadlines: [{ label: 'Board', hours: 0 }, { label: '', hours: 5 }], decisions: 1.5 };
    const problems = checkAnswers(bad, ko);
    expect(problems.map((p) => p.field)).toEqual(checkAnswers(bad).map((p) => p.field));
    expect(problems.map((p) => p.message)).toEqual([
      '사고 설명 칸이 비어 있습니다: 몇 단어로 적어 주십시오.',
      '작성자 칸의 글이 121자입니다: 120자 미만으로 줄여 주십시오.',
      '지표는 1개부터 4개까지 정하십시오(지금 5개). 앞의 두 지표가 주요 지표가 됩니다.',
      "지표 'Trust'와(과) 'trust!'의 ID가 똑같이 'trust'입니다: 이름을 서로 다르게 지으십시오.",
      '지표 3 칸이 비어 있습니다: 몇 단어로 적어 주십시오.',
      "'hipaa': 그런 공통 기한은 없습니다. pipa, gdpr, sec, nis2_early, nis2_notice 중에서 고르거나, 시간을 붙여 직접 기한을 정하십시오.",
      '같은 공통 기한이 두 번 있습니다: 한 번씩만 넣으십시오.',
      "직접 정하는 기한 'Board'의 시간은 0보다 크고 10000 이하여야 합니다(지금 0).",
      '직접 정하는 기한 2 칸이 비어 있습니다: 몇 단어로 적어 주십시오.',
      '결정 수는 2부터 30까지의 정수여야 합니다(지금 1.5).',
    ]);
    for (const field of new Set(problems.map((p) => p.field))) expect(ko.has(`authoring.field.${field}`)).toBe(true);
  });

  it('gives meters named in Hangul distinct ids the format accepts, and reads Korean names of harms as low-is-good', () => {
    const given = answers({ meters: ['국민 신뢰', '법적 리스크', 'meter 3', '직원 사기'] });
    expect(checkAnswers(given)).toEqual([]);
    const { scenario, diagnostics } = loadScenario(newScenario(given));
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(scenario?.meters.map((m) => [m.id, m.label, m.good])).toEqual([
      ['meter_1', '국민 신뢰', 'high'],
      ['meter_2', '법적 리스크', 'low'],
      ['meter_3', 'meter 3', 'high'],
      ['meter_4', '직원 사기', 'high'],
    ]);
    expect(meterIds(['신뢰', 'meter_1'])).toEqual(['meter_2', 'meter_1']);
  });

  it('turns names into ids the format accepts', () => {
    expect(slug('Public trust', 'meter')).toBe('public_trust');
    expect(slug('Café exposure', 'meter')).toBe('cafe_exposure');
    expect(slug('72h clock', 'deadline')).toBe('deadline_72h_clock');
    expect(slug('!!!', 'meter')).toBe('meter');
  });
});
