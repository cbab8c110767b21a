import { int, list, obj, oneOfWords, ref, str, type JsonSchema } from './json-schema.ts';
import { definitions } from './schema-definitions.ts';
import { allowList } from './schema-allow.ts';

/**
 * The JSON Schema (draft-07) of scenario format v1: the one source for the loader's structural
 * checks, `crisis-room schema`, and scenarios/schema.json (editor completion).
 */
export const scenarioSchema: JsonSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'Crisis Room scenario (format 1)',
  ...obj(
    'A crisis-communications tabletop scenario. See docs/scenario-format.md.',
    {
      format: { const: 1, description: 'Format version: 1.' },
      id: ref('id', 'The scenario id, used in URLs and saves.'),
      title: ref('text'),
      summary: ref('text'),
      version: str('The author\'s version, e.g. "1.2.0". Default "1.0.0".'),
      author: str('Who wrote it.'),
      duration_minutes: int('Expected length of play. Default 20.', 1),
      difficulty: oneOfWords('Default intermediate.', ['introductory', 'intermediate', 'advanced']),
      audience: ref('text', 'Who it is for.'),
      objectives: list(ref('text'), 'Learning objectives, shown on the briefing.'),
      case_note: ref(
        'text',
        'Which real events it is modeled on, and which facts come from public reports.',
      ),
      role: ref('text', 'Who the players are.'),
      clock_start: {
        type: 'string',
        pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}$',
        description: 'A date and time YYYY-MM-DDTHH:MM: the in-game moment of hour 0.',
      },
      languages: list(
        {
          type: 'string',
          pattern: '^[a-z]{2,3}(-[A-Za-z0-9]+)*$',
          description: 'A language code such as en, ko or pt-BR.',
        },
        'Language codes; the first is the default. Default [en].',
        1,
      ),
      categories: list(
        ref('category'),
        'Extra move categories (disclosure, leadership and legal always exist).',
      ),
      roles: list(
        ref('role'),
        'Roles at the table, with a brief each; injects name them in to: [...].',
      ),
      meters: list(ref('meter'), 'Meters; the first two are the headline meters.', 1),
      flags: list(ref('flag'), 'True/false facts of the story.'),
      facts: list(ref('fact'), 'Numbers the story can revise.'),
      start: ref('id', 'The first beat.'),
      beats: list(ref('beat'), 'The units of the story.', 1),
      triggers: list(
        ref('trigger'),
        'Injects and jumps that fire once when a condition first holds.',
      ),
      deadlines: list(ref('deadline'), 'Legal or self-imposed clocks.'),
      credibility: ref('credibility'),
      endings: list(ref('ending'), 'Checked in order; the last, without when, is the fallback.', 1),
      rubric: list(ref('objective'), 'Objectives rated in the debrief.'),
      optional_injects: list(ref('optionalInject'), 'Injects a facilitator may push during play.'),
      choice_order: ref('choiceOrder', "Every decision's order unless it sets its own. Default shuffled."),
      improvement_plan: ref('improvementPlan'),
      allow: allowList('scenario'),
      modules: list(ref('module'), 'CISA-style modules, in play order; each a run of beats.'),
      case_timeline: ref('caseTimeline'),
      author_notes: ref('authorNotes'),
    },
    ['format', 'id', 'title', 'summary', 'meters', 'start', 'beats', 'endings'],
  ),
  definitions,
};
