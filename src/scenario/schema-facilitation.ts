import { list, obj, ref, type JsonSchema } from './json-schema.ts';

/**
 * Schema definitions of the facilitation material: modules, questions by role, the case timeline,
 * the author's notes and inject artefacts. None of it changes play.
 */
export const facilitationDefinitions: Record<string, JsonSchema> = {
  question: {
    description: 'A discussion question: a text for the whole room, or { role, text } for one role.',
    anyOf: [
      ref('text'),
      obj(
        'A question for one role, or for the room when role is left out.',
        {
          role: ref('id', 'A role id: ceo, legal, ciso, comms, or a declared role.'),
          text: ref('text'),
        },
        ['text'],
      ),
    ],
  },
  module: obj(
    'A CISA-style module: a run of beats discussed together, with its assumptions and questions.',
    {
      id: ref('id', 'Unique among modules.'),
      title: ref('text', 'Shown in the console ("Module 1: Discovery and the first hours").'),
      beats: list(ref('id', 'A beat id.'), 'The beats of this module; a beat is in at most one module.', 1),
      assumptions: list(ref('text'), 'What the exercise takes as given in this module.'),
      questions: list(ref('question'), 'Discussion questions, for a role or for the room.'),
    },
    ['id', 'title', 'beats'],
  ),
  caseTimeline: obj(
    'What the real organisation did, from public reports; the debrief shows it apart from the team\'s own timeline.',
    {
      title: ref('text', 'The section title in the debrief. Default "What the real organisation did".'),
      entries: list(
        obj(
          'One dated step of the real case.',
          {
            date: {
              type: 'string',
              pattern: '^\\d{4}-\\d{2}-\\d{2}$',
              description: 'A date YYYY-MM-DD.',
            },
            text: ref('text'),
            source: ref('text', 'The public report it comes from ("Yonhap, 29 Nov 2025"), in each language the scenario declares.'),
          },
          ['date', 'text'],
        ),
        'The steps, in date order.',
        1,
      ),
    },
    ['entries'],
  ),
  authorNotes: obj('What is real and where from, what is invented, and where time is compressed.', {
    sources: list(
      obj(
        'A fact taken from public reports.',
        { fact: ref('text'), source: ref('text', 'The report it comes from, in each language the scenario declares.') },
        ['fact', 'source'],
      ),
      'Every fact taken from public reports, with its source.',
    ),
    invented: list(ref('text'), 'Every invented element.'),
    compressed: list(ref('text'), 'Every place where real time is compressed for the exercise.'),
  }),
  artefact: obj(
    'A real document shown verbatim under the body, in monospace: line breaks and spacing kept, never markup.',
    {
      label: ref('text', 'What it is ("Decoded session token (excerpt)").'),
      text: ref('text', 'The document itself, usually a block (text: |).'),
    },
    ['label', 'text'],
  ),
};
