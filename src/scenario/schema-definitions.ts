import { int, list, num, obj, oneOfWords, ref, type JsonSchema } from './json-schema.ts';
import { planDefinitions } from './schema-plan.ts';
import { storyDefinitions } from './schema-story.ts';
import { facilitationDefinitions } from './schema-facilitation.ts';
import { allowList, forgivable } from './schema-allow.ts';

/** A text given per language: `{ en: ..., ko: ... }`. */
const languageMap: JsonSchema = {
  type: 'object',
  propertyNames: {
    pattern: '^[a-z]{2,3}(-[A-Za-z0-9]+)*$',
    description: 'A language code such as en, ko or pt-BR.',
  },
  additionalProperties: { type: 'string' },
  minProperties: 1,
};

/** Schema definitions of values and declarations: ids, texts, meters, endings, the rubric. */
const declarations: Record<string, JsonSchema> = {
  id: {
    type: 'string',
    description: 'A snake_case id (a lower-case letter, then lower-case letters, digits or _).',
    pattern: '^[a-z][a-z0-9_]*$',
  },
  text: {
    description: 'A string, or a map of language code to string ({ en: ..., ko: ... }).',
    anyOf: [
      { type: 'string' },
      languageMap,
    ],
  },
  conditionalText: {
    description:
      'A text, or a list of { when, text } variants (first match wins) ending with a { text } fallback.',
    anyOf: [
      { type: 'string' },
      languageMap,
      {
        type: 'array',
        description: 'Variants tried in order; the last has no when and is the fallback.',
        items: ref('textCase'),
        minItems: 1,
      },
    ],
  },
  textCase: obj(
    'A variant of a text: shown when its condition holds (the fallback has no when).',
    { when: ref('condition', 'Shown when this holds.'), text: ref('text') },
    ['text'],
  ),
  condition: {
    type: 'string',
    minLength: 1,
    description: 'A condition, e.g. "trust >= 60 and not clause_added and visits(scope) > 0".',
  },
  effects: {
    type: 'object',
    description:
      'Meter id to change: 5 or "+5" adds (clamped), "%+20"/"%-20" is a fair add, "=40" sets.',
    propertyNames: ref('id'),
    additionalProperties: {
      anyOf: [
        { type: 'integer' },
        {
          type: 'string',
          pattern: '^[+-]?[0-9]+$|^%[+-][0-9]+(\\.[0-9]+)?$|^=-?[0-9]+$',
          description:
            'A meter change: 5 or "+5" adds, "%+20" or "%-20" is a fair add, "=40" sets.',
        },
      ],
    },
  },
  flagChanges: {
    type: 'object',
    description: 'Flag id to its new value.',
    propertyNames: ref('id'),
    additionalProperties: { type: 'boolean' },
  },
  factChanges: {
    type: 'object',
    description: 'Fact id to its revised value; a revision can contradict earlier claims, public or filed with the regulator.',
    propertyNames: ref('id'),
    additionalProperties: { type: 'number' },
  },
  meterLimits: {
    type: 'object',
    description: 'Meter id to a whole number within its range: a lasting cap or floor.',
    propertyNames: ref('id'),
    additionalProperties: { type: 'integer' },
  },
  category: obj('An extra move category.', { id: ref('id'), label: ref('text') }, ['id', 'label']),
  role: obj(
    'A role at the table; ceo, legal, ciso and comms are built in and need no label.',
    {
      id: ref('id', 'ceo, legal, ciso, comms, or an id of your own.'),
      label: ref('text', 'Shown on inject cards ("To: General counsel") and role cards.'),
      brief: ref('text', 'What this role wants and answers for, shown on the briefing.'),
    },
    ['id', 'brief'],
  ),
  band: obj(
    'A named band of a meter, from this value up to the next band.',
    { from: int('The lowest value in the band.'), label: ref('text') },
    ['from', 'label'],
  ),
  meter: obj(
    'A meter: an integer with a range, a start and named bands.',
    {
      id: ref('id'),
      label: ref('text'),
      description: ref('text'),
      min: int('Lowest value.'),
      max: int('Highest value.'),
      start: int('Value at hour 0.'),
      good: {
        type: 'string',
        enum: ['high', 'low'],
        default: 'high',
        description: 'Which end is good: high for trust, low for liability.',
      },
      headline: {
        type: 'boolean',
        description: 'Drawn large. Default: true for the first two meters.',
      },
      bands: list(ref('band'), 'Named bands, ascending; the first starts at min.', 1),
    },
    ['id', 'label', 'min', 'max', 'start', 'bands'],
  ),
  flag: obj(
    'A true/false fact of the story.',
    {
      id: ref('id'),
      description: ref('text'),
      start: { type: 'boolean', default: false, description: 'Value at hour 0.' },
      allow: allowList('flag'),
    },
    ['id'],
  ),
  fact: obj(
    'A number the story can revise.',
    {
      id: ref('id'),
      label: ref('text'),
      start: num('Value at hour 0.'),
      unit: ref('text'),
      tolerance: {
        type: 'number',
        minimum: 0,
        description: 'Overrides credibility.tolerance for claims of a figure about this fact.',
      },
      allow: allowList('fact'),
    },
    ['id', 'label', 'start'],
  ),
  credibility: obj(
    'What a contradicted claim costs: a public statement (penalty) or a filing to the regulator (regulator_penalty).',
    {
      penalty: {
        type: 'object',
        description: 'Meter id to change at full confidence.',
        propertyNames: ref('id'),
        additionalProperties: { type: 'integer' },
      },
      scale: obj('Multiplier per confidence.', {
        confirmed: { type: 'number', minimum: 0, description: 'Default 1.' },
        preliminary: { type: 'number', minimum: 0, description: 'Default 0.5.' },
        estimate: { type: 'number', minimum: 0, description: 'Default 0.25.' },
      }),
      tolerance: {
        type: 'number',
        minimum: 0,
        default: 0.1,
        description: 'Relative difference that counts as a contradiction.',
      },
      regulator_penalty: {
        type: 'object',
        description:
          'Meter id to change at full confidence when a claim made to the regulator is contradicted.',
        propertyNames: ref('id'),
        additionalProperties: { type: 'integer' },
      },
    },
    ['penalty'],
  ),
  ending: obj(
    'An ending; the first whose condition holds is taken, the last (no when) is the fallback.',
    {
      id: ref('id'),
      title: ref('text'),
      tone: oneOfWords('How good the ending is.', ['best', 'good', 'mixed', 'poor', 'worst']),
      when: ref('condition'),
      epilogue: ref('conditionalText', 'The closing text; may vary with what the team did.'),
      forgivable,
      allow: allowList('ending'),
    },
    ['id', 'title', 'tone', 'epilogue'],
  ),
  evidence: {
    description:
      'One piece of evidence: deadline, chose, avoided, claims or when, with an optional label.',
    anyOf: [
      obj('The deadline was met.', { deadline: ref('id'), label: ref('text') }, ['deadline']),
      obj(
        'Any of these choices was taken.',
        { chose: list(ref('id'), 'Choice ids.', 1), label: ref('text') },
        ['chose'],
      ),
      obj(
        'None of these choices was taken.',
        { avoided: list(ref('id'), 'Choice ids.', 1), label: ref('text') },
        ['avoided'],
      ),
      obj(
        'The claims, public or filed with the regulator (at the given confidences, or all): accurate, none contradicted; held, some made and none contradicted; none, none made.',
        {
          claims: {
            type: 'string',
            enum: ['accurate', 'held', 'none'],
            description:
              'accurate: no claim was contradicted (making none counts); held: at least one was made and none was contradicted; none: no claim was made.',
          },
          confidence: ref('claimConfidences'),
          label: ref('text'),
        },
        ['claims'],
      ),
      obj('The condition holds at the end.', { when: ref('condition'), label: ref('text') }, [
        'when',
      ]),
    ],
  },
  objective: obj(
    'A rubric objective, rated P/S/M/U in the debrief.',
    {
      id: ref('id'),
      label: ref('text'),
      capability: ref('text', 'The HSEEP core capability exercised.'),
      description: ref('text'),
      evidence: list(ref('evidence'), 'What the rating is measured from.', 1),
      critical_tasks: list(
        ref('text'),
        'The evaluation guide: what an observer checks for this objective.',
      ),
    },
    ['id', 'label', 'capability', 'evidence'],
  ),
};

/** Every definition of the format's schema, referenced as `#/definitions/<name>`. */
export const definitions: Record<string, JsonSchema> = {
  ...declarations,
  ...storyDefinitions,
  ...planDefinitions,
  ...facilitationDefinitions,
};
