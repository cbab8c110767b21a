import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/index';
import { questionRole } from '../../src/scenario/roles';
import { isCalendarDate } from '../../src/scenario/check-case-timeline';
import { diagnose, fixture } from './diagnose';

function load(name: string) {
  const { scenario, diagnostics } = loadScenario(fixture(name), { file: `${name}.yaml` });
  expect(diagnostics).toEqual([]);
  if (scenario === null) throw new Error('expected a scenario');
  return scenario;
}

describe('loadScenario: facilitation material (modules, case timeline, author notes, artefacts)', () => {
  it('reads modules, questions by role, the case timeline, author notes, critical tasks and an artefact', () => {
    const s = load('facilitation-valid');
    expect(s.modules).toEqual([
      {
        id: 'first_hours',
        title: 'Module 1: The first hours',
        beats: ['first'],
        assumptions: ['The signing key has not been used since 3 November.'],
        questions: [
          { role: 'legal', text: 'When did the company become aware?' },
          { text: 'Who owns the first public statement?' },
        ],
      },
      { id: 'the_week', title: 'Module 2: The week', beats: ['second'], assumptions: [], questions: [] },
    ]);
    expect(s.caseTimeline).toEqual({
      title: 'What the real company did',
      entries: [
        {
          date: '2025-11-18',
          text: 'The company finds 4,500 accounts exposed.',
          source: 'Yonhap, 29 Nov 2025',
        },
        { date: '2025-11-29', text: 'The count is revised to 33.7 million.' },
      ],
    });
    expect(s.authorNotes).toEqual({
      sources: [{ fact: '33.7 million accounts were exposed.', source: 'Yonhap, 29 Nov 2025' }],
      invented: ['The extortion e-mail.'],
      compressed: ['A hearing within days stands for months.'],
    });
    expect(s.rubric[0]?.criticalTasks).toEqual(['Counsel names the moment of awareness']);
    // The block keeps its line breaks and leading spaces: an artefact is shown verbatim.
    expect(s.beats[0]?.injects[0]?.artefact).toEqual({
      label: 'Decoded session token (excerpt)',
      text: '{"sub": "u-88121",\n  "kid": "sig-2019-03"}\n',
    });
    expect(s.beats[0]?.facilitator.questions).toEqual([
      { text: 'Who owns the first public statement?' },
      { role: 'cfo', text: 'What does this cost the quarter?' },
      { text: 'A question for the room in a mapping.' },
    ]);
  });

  it('reads a citation written as a text in languages, as it reads the plain string', () => {
    const source = fixture('facilitation-valid').replaceAll('source: "Yonhap, 29 Nov 2025"', 'source: { en: "Yonhap, 29 Nov 2025" }');
    const { scenario, diagnostics } = loadScenario(source, { file: 'cited.yaml' });
    expect(diagnostics).toEqual([]);
    expect(scenario?.caseTimeline?.entries[0]?.source).toEqual({ en: 'Yonhap, 29 Nov 2025' });
    expect(scenario?.authorNotes?.sources[0]?.source).toEqual({ en: 'Yonhap, 29 Nov 2025' });
  });

  it('says where a citation is neither a string nor a text in languages', () => {
    const source = fixture('facilitation-valid').replace('source: "Yonhap, 29 Nov 2025" }', 'source: [Yonhap] }');
    const { diagnostics } = loadScenario(source, { file: 'cited.yaml' });
    expect(diagnostics.map((d) => `${d.range.start.line}:${d.range.start.col} ${d.code} ${d.message} @ ${d.path}`)).toMatchInlineSnapshot(`
      [
        "31:88 CR208 source should be a string, or a map of language code to string ({ en: ..., ko: ... }), not a list @ case_timeline.entries[0].source",
      ]
    `);
  });

  it('adds a built-in role a question is for without declaring it, so every question has a label', () => {
    const s = load('facilitation-valid');
    expect(s.roles.map((r) => r.id)).toEqual(['cfo', 'legal']);
    const first = s.modules?.[0]?.questions[0];
    expect(first && questionRole(s, first)?.label).toBe('General counsel');
    const room = s.modules?.[0]?.questions[1];
    expect(room && questionRole(s, room)).toBeNull();
  });

  it('leaves every new part out of a scenario that has none', () => {
    const s = load('valid-minimal');
    expect([s.modules, s.caseTimeline, s.authorNotes, s.rubric[0]?.criticalTasks]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(s.beats[0]?.injects.every((i) => i.artefact === undefined)).toBe(true);
  });

  it('reports an unknown beat in a module, with the closest beat id', () => {
    expect(diagnose('module-unknown-beat')).toMatchInlineSnapshot(`
      [
        "15:13-15:18 error CR301 unknown beat 'frist'; did you mean 'first'? @ modules[0].beats[0]",
        "15:20-15:32 error CR301 unknown beat 'nowhere_near'; a module lists beat ids @ modules[0].beats[1]",
      ]
    `);
  });

  it('reports a beat in two modules, or twice in one', () => {
    expect(diagnose('module-beat-in-two')).toMatchInlineSnapshot(`
      [
        "15:28-15:33 error CR311 beat 'first' is twice in this module (modules[0].beats[0]); a beat belongs to at most one module: remove one @ modules[0].beats[2]",
        "18:13-18:19 error CR311 beat 'second' is already in module 'first_hours' (modules[0].beats[1]); a beat belongs to at most one module: remove one @ modules[1].beats[0]",
      ]
    `);
  });

  it('reports a duplicate module id', () => {
    expect(diagnose('module-duplicate-id')).toMatchInlineSnapshot(`
      [
        "16:9-16:20 error CR310 duplicate module id 'first_hours'; the first is at modules[0].id: rename one @ modules[1].id",
      ]
    `);
  });

  it("reports an unknown role in a module's or a beat's question, with the closest role id", () => {
    expect(diagnose('question-unknown-role')).toMatchInlineSnapshot(`
      [
        "17:17-17:22 error CR320 unknown role 'lgeal'; did you mean 'legal'? @ modules[0].questions[0].role",
        "18:17-18:26 error CR320 unknown role 'treasurer'; declare it under roles, or use one of ceo, legal, ciso, comms @ modules[0].questions[1].role",
        "25:19-25:24 error CR320 unknown role 'cisoo'; did you mean 'ciso'? @ beats[0].facilitator.questions[0].role",
      ]
    `);
  });

  it('reports a case timeline date of the wrong shape, a day not in the calendar, and entries out of order', () => {
    expect(diagnose('case-timeline-bad-date')).toMatchInlineSnapshot(`
      [
        "15:15-15:27 warning CR234 this entry (2025-11-18) is dated before the one above it (2025-11-29); put the case timeline in date order @ case_timeline.entries[1].date",
        "16:15-16:27 error CR233 date '2025-02-30' is not a day of the calendar @ case_timeline.entries[2].date",
        "17:15-17:26 error CR205 date: '18 Nov 2025' is not a date YYYY-MM-DD @ case_timeline.entries[3].date",
      ]
    `);
  });

  it('knows the calendar: leap days, month lengths', () => {
    expect(['2024-02-29', '2025-02-28', '2025-12-31'].map(isCalendarDate)).toEqual([true, true, true]);
    expect(['2025-02-29', '2025-04-31', '2025-13-01', '2025-00-10'].map(isCalendarDate)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });

  it('asks every new text for each declared language, like any other text', () => {
    expect(diagnose('facilitation-missing-language')).toMatchInlineSnapshot(`
      [
        "15:12-15:35 error CR601 this text has no 'ko'; the scenario declares languages [en, ko]: add it @ modules[0].title",
        "17:19-17:45 error CR601 this text has no 'ko'; the scenario declares languages [en, ko]: add it @ modules[0].assumptions[0]",
        "19:9-19:34 error CR601 this text has no 'ko'; the scenario declares languages [en, ko]: add it @ modules[0].questions[0]",
        "20:30-20:47 error CR601 this text has no 'en'; the scenario declares languages [en, ko]: add it @ modules[0].questions[1].text",
        "22:10-22:38 error CR601 this text has no 'ko'; the scenario declares languages [en, ko]: add it @ case_timeline.title",
        "24:35-24:58 error CR601 this text has no 'ko'; the scenario declares languages [en, ko]: add it @ case_timeline.entries[0].text",
        "24:68-24:82 error CR601 this text has no 'ko'; the scenario declares languages [en, ko]: add it @ case_timeline.entries[0].source",
        "26:21-26:42 error CR601 this text has no 'ko'; the scenario declares languages [en, ko]: add it @ author_notes.sources[0].fact",
        "26:52-26:58 error CR601 this text has no 'ko'; the scenario declares languages [en, ko]: add it @ author_notes.sources[0].source",
        "27:14-27:33 error CR601 this text has no 'ko'; the scenario declares languages [en, ko]: add it @ author_notes.invented[0]",
        "28:16-28:36 error CR601 this text has no 'ko'; the scenario declares languages [en, ko]: add it @ author_notes.compressed[0]",
        "34:22-34:55 error CR601 this text has no 'ko'; the scenario declares languages [en, ko]: add it @ rubric[0].critical_tasks[0]",
        "46:18-46:31 error CR601 this text has no 'ko'; the scenario declares languages [en, ko]: add it @ beats[0].injects[0].artefact.label",
        "47:17-47:41 error CR601 this text has no 'ko'; the scenario declares languages [en, ko]: add it @ beats[0].injects[0].artefact.text",
        "50:31-50:50 error CR601 this text has no 'ko'; the scenario declares languages [en, ko]: add it @ beats[0].facilitator.questions[0].text",
      ]
    `);
  });

  it("reports an artefact's missing text and a misspelt key", () => {
    expect(diagnose('artefact-without-text')).toMatchInlineSnapshot(`
      [
        "22:9-22:17 error CR202 artefact is missing 'text' @ beats[0].injects[0].artefact",
        "22:35-22:38 error CR203 unknown key 'txt' in artefact; did you mean 'text'? @ beats[0].injects[0].artefact.txt",
      ]
    `);
  });
});
