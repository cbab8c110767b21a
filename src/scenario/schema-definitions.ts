import { INJECT_KINDS } from './types.ts';
import { int, list, num, obj, oneOfWords, ref, str, type JsonSchema } from './json-schema.ts';

/** The outcome keys choices, beats (`on_enter`), triggers, deadlines and optional injects share. */
export const outcomeProperties: Record<string, JsonSchema> = {
  effects: ref('effects'),
  set: ref('flagChanges'),
  facts: ref('factChanges'),
};

const inject = (description: string, extra: Record<string, JsonSchema> = {}): JsonSchema =>
  obj(
    description,
    {
      id: ref(
        'id',
        'Unique across all injects of the scenario; the session log names injects by id.',
      ),
      kind: oneOfWords('How the inject is shown.', INJECT_KINDS),
      from: ref('text', 'The sender: a person, a newspaper, an account, an authority.'),
      headline: ref('text', 'Subject line, headline or first line.'),
      body: ref('text', 'The full message.'),
      reactions: obj(
        'Reaction counts shown under a social post.',
        { likes: int('Likes.', 0), shares: int('Shares.', 0), replies: int('Replies.', 0) },
        ['likes', 'shares', 'replies'],
      ),
      variants: list(
        obj('An alternative headline and body.', { headline: ref('text'), body: ref('text') }, [
          'headline',
          'body',
        ]),
        'Alternatives; the seeded generator picks one to replace headline and body.',
        1,
      ),
      ...extra,
    },
    ['id', 'kind', 'from', 'headline', 'body'],
  );

export const definitions: Record<string, JsonSchema> = {
  id: {
    type: 'string',
    description: 'A snake_case id (a lower-case letter, then lower-case letters, digits or _).',
    pattern: '^[a-z][a-z0-9_]*$',
  },
  text: {
    description: 'A string, or a map of language code to string ({ en: ..., ko: ... }).',
    anyOf: [
      { type: 'string' },
      {
        type: 'object',
        propertyNames: {
          pattern: '^[a-z]{2,3}(-[A-Za-z0-9]+)*$',
          description: 'A language code such as en, ko or pt-BR.',
        },
        additionalProperties: { type: 'string' },
        minProperties: 1,
      },
    ],
  },
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
    description: 'Fact id to its revised value; a revision can contradict earlier public claims.',
    propertyNames: ref('id'),
    additionalProperties: { type: 'number' },
  },
  category: obj('An extra move category.', { id: ref('id'), label: ref('text') }, ['id', 'label']),
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
    },
    ['id'],
  ),
  fact: obj(
    'A number the story can revise.',
    { id: ref('id'), label: ref('text'), start: num('Value at hour 0.'), unit: ref('text') },
    ['id', 'label', 'start'],
  ),
  inject: inject('Something that arrives: an e-mail, a news story, a regulator letter...'),
  claim: obj(
    'A public statement of a fact value.',
    {
      fact: ref('id', 'The fact stated.'),
      value: num('The figure stated in public.'),
      confidence: oneOfWords('How firmly it was stated.', ['confirmed', 'preliminary', 'estimate']),
      statement: ref('text', 'What was said, in words, for the debrief.'),
    },
    ['fact', 'value', 'confidence'],
  ),
  choice: obj(
    'A move the team can make.',
    {
      id: ref('id', 'Unique across the whole scenario.'),
      category: ref('id', 'disclosure, leadership, legal, or a declared category.'),
      label: ref('text'),
      description: ref('text'),
      if: ref('condition', 'Offered only when this holds.'),
      ...outcomeProperties,
      claims: list(ref('claim'), 'Public statements this move makes.'),
      next: ref('id', 'The next beat, or end to resolve the endings.'),
      feedback: ref('text', 'Expert feedback for the debrief: why this helps or hurts.'),
      references: list(str('A source or principle.'), 'Sources the feedback cites.'),
      rating: oneOfWords('How an expert rates the move.', ['recommended', 'acceptable', 'harmful']),
      strategy: oneOfWords('The SCCT crisis-response strategy (Coombs 2007).', [
        'deny',
        'diminish',
        'rebuild',
        'bolster',
      ]),
    },
    ['id', 'category', 'label', 'next', 'feedback', 'rating'],
  ),
  decision: obj(
    'What the team must decide in this beat.',
    {
      prompt: ref('text'),
      time_limit: {
        type: 'integer',
        exclusiveMinimum: 0,
        description: 'Real seconds; then default is required.',
      },
      default: ref('id', 'The choice taken when time runs out.'),
      choices: list(ref('choice'), 'The moves on offer; at least one.', 1),
    },
    ['prompt', 'choices'],
  ),
  facilitation: obj('Facilitator-only material.', {
    notes: ref('text'),
    questions: list(ref('text'), 'Discussion questions.'),
  }),
  beat: obj(
    'A unit of the story.',
    {
      id: ref('id'),
      title: ref('text'),
      at: {
        type: 'number',
        minimum: 0,
        default: 0,
        description: 'In-game hour; entering the beat moves the clock here (never back).',
      },
      injects: list(ref('inject'), 'What arrives as the beat opens, in order.'),
      on_enter: obj('Outcome applied when the beat is entered.', outcomeProperties),
      facilitator: ref('facilitation'),
      decision: ref('decision'),
      next: ref('id', 'Only on a beat without a decision: where Continue leads (a beat or end).'),
    },
    ['id', 'title'],
  ),
  trigger: obj(
    'Fires once, the first time its condition holds.',
    {
      id: ref('id'),
      when: ref('condition'),
      chance: {
        type: 'number',
        exclusiveMinimum: 0,
        maximum: 1,
        default: 1,
        description: 'Rolled once with the seeded generator.',
      },
      inject: ref('inject'),
      ...outcomeProperties,
      goto: ref('id', 'Enter this beat instead (only when entering a beat).'),
    },
    ['id', 'when'],
  ),
  deadline: obj(
    'A legal or self-imposed clock.',
    {
      id: ref('id'),
      label: ref('text'),
      reference: str('The rule the clock models, e.g. "PIPA Art. 34".'),
      starts_when: ref('condition', 'The clock starts the first time this holds.'),
      met_when: ref('condition', 'Met if this holds at or before start + hours.'),
      hours: { type: 'number', exclusiveMinimum: 0, description: 'In-game hours allowed.' },
      met: obj('Outcome when met.', outcomeProperties),
      missed: obj('Outcome when missed, plus an optional inject.', {
        ...outcomeProperties,
        inject: ref('inject'),
      }),
    },
    ['id', 'label', 'starts_when', 'met_when', 'hours'],
  ),
  credibility: obj(
    'What a contradicted public claim costs.',
    {
      penalty: {
        type: 'object',
        description: 'Meter id to change at full confidence.',
        propertyNames: ref('id'),
        additionalProperties: { type: 'integer' },
      },
      scale: obj('Multiplier per confidence.', {
        confirmed: num('Default 1.'),
        preliminary: num('Default 0.5.'),
        estimate: num('Default 0.25.'),
      }),
      tolerance: {
        type: 'number',
        minimum: 0,
        default: 0.1,
        description: 'Relative difference that counts as a contradiction.',
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
      epilogue: ref('text'),
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
        'No public claim was contradicted.',
        {
          claims: { type: 'string', enum: ['accurate'], description: 'Write accurate.' },
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
    },
    ['id', 'label', 'capability', 'evidence'],
  ),
  optionalInject: inject('An inject the facilitator may push during play.', {
    ...outcomeProperties,
    note: ref('text', 'Facilitator-only note.'),
  }),
};
