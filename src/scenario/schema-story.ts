import { INJECT_KINDS } from './types.ts';
import { int, list, num, obj, oneOfWords, ref, type JsonSchema } from './json-schema.ts';
import { allowList, forgivable } from './schema-allow.ts';

/** The outcome keys choices, beats (`on_enter`), triggers, deadlines and optional injects share. */
export const outcomeProperties: Record<string, JsonSchema> = {
  effects: ref('effects'),
  set: ref('flagChanges'),
  facts: ref('factChanges'),
  cap: ref('meterLimits', 'Meter id to a lasting ceiling from this outcome on; a lower cap wins.'),
  floor: ref('meterLimits', 'Meter id to a lasting floor from this outcome on; a higher floor wins.'),
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
      headline: ref('conditionalText', 'Subject line, headline or first line.'),
      body: ref('conditionalText', 'The full message; may vary with what the team did.'),
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
      to: list(
        ref('id', 'A role id: ceo, legal, ciso, comms, or a declared role.'),
        'The roles it is addressed to; shown on its card. Default: the whole room.',
        1,
      ),
      artefact: ref('artefact'),
      ...extra,
    },
    ['id', 'kind', 'from', 'headline', 'body'],
  );

/** Schema definitions of the story: injects, beats, decisions, choices, triggers and deadlines. */
export const storyDefinitions: Record<string, JsonSchema> = {
  inject: inject('Something that arrives: an e-mail, a news story, a regulator letter...'),
  claim: obj(
    'A statement of a fact value: a figure (value), or a bound (at_least, up_to, or both for a range).',
    {
      fact: ref('id', 'The fact stated.'),
      value: num('The figure stated; a revision further than the tolerance contradicts it.'),
      at_least: num('The claim says the figure is at least this; a lower revision contradicts it.'),
      up_to: num('The claim says the figure is at most this; a higher revision contradicts it.'),
      confidence: oneOfWords('How firmly it was stated.', ['confirmed', 'preliminary', 'estimate']),
      audience: oneOfWords('Who it was said to: the public (default) or the regulator.', [
        'public',
        'regulator',
      ]),
      statement: ref('text', 'What was said, in words, for the debrief.'),
    },
    ['fact', 'confidence'],
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
      claims: list(ref('claim'), 'Claims about figures this move makes: public statements or filings to the regulator.'),
      next: ref('id', 'The next beat, end to resolve the endings, or return (only in a detour beat: back to the beat the push interrupted).'),
      consequence: ref(
        'conditionalText',
        'The outcome story the room reads right after the choice: what happened because of it, not whether it was wise, and nothing of the next beat; may vary with the state after it.',
      ),
      feedback: ref(
        'conditionalText',
        'Expert feedback for the debrief: why this helps or hurts; may vary with the state after it.',
      ),
      references: list(ref('text', 'A source or principle, in each language the scenario declares.'), 'Sources the feedback cites.'),
      rating: oneOfWords('How an expert rates the move.', ['recommended', 'acceptable', 'harmful']),
      strategy: oneOfWords('The SCCT crisis-response strategy (Coombs 2007).', [
        'deny',
        'diminish',
        'rebuild',
        'bolster',
      ]),
      allow: allowList('choice'),
    },
    ['id', 'category', 'label', 'next', 'feedback', 'rating'],
  ),
  choiceOrder: {
    ...oneOfWords(
      'How choices are shown: shuffled per session from the seed, or fixed in file order (an escalation ladder). Default shuffled.',
      ['shuffled', 'fixed'],
    ),
    default: 'shuffled',
  },
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
      order: ref('choiceOrder'),
      allow: allowList('decision'),
    },
    ['prompt', 'choices'],
  ),
  facilitation: obj('Facilitator-only material.', {
    notes: ref('text'),
    questions: list(ref('question'), 'Discussion questions, for the room or { role, text } for one role.'),
  }),
  beat: obj(
    'A unit of the story.',
    {
      id: ref('id'),
      title: ref('text'),
      at: {
        description:
          'In-game hour (entering the beat moves the clock here, never back), or "+24": that many hours after the hour the beat is entered.',
        default: 0,
        anyOf: [
          // A century of in-game hours: far beyond any exercise, and well inside a calendar date.
          { type: 'number', minimum: 0, maximum: 876_000 },
          {
            type: 'string',
            pattern: '^\\+[0-9]+(\\.[0-9]+)?$',
            description: 'An hour (20), or hours after the hour the beat is entered with a plus sign ("+24")',
          },
        ],
      },
      injects: list(ref('inject'), 'What arrives as the beat opens, in order.'),
      on_enter: obj('Outcome applied when the beat is entered.', outcomeProperties),
      facilitator: ref('facilitation'),
      decision: ref('decision'),
      next: ref('id', 'Only on a beat without a decision: where Continue leads (a beat or end).'),
      detour: {
        type: 'boolean',
        description:
          'A decision opened only by pushing an optional inject that names it in opens; its choices say next: return, back to the interrupted beat.',
      },
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
      allow: allowList('trigger'),
    },
    ['id', 'when'],
  ),
  deadline: obj(
    'A legal or self-imposed clock.',
    {
      id: ref('id'),
      label: ref('text'),
      reference: ref('text', 'The rule the clock models, e.g. "PIPA Art. 34", or { en: ..., ko: ... }.'),
      starts_when: ref('condition', 'The clock starts the first time this holds.'),
      met_when: ref('condition', 'Met if this holds at or before the due hour.'),
      hours: {
        type: 'number',
        exclusiveMinimum: 0,
        description: 'In-game hours allowed (give this or business_days).',
      },
      business_days: {
        type: 'integer',
        minimum: 1,
        description:
          'Business days allowed (give this or hours): due at midnight ending the last one, weekends skipped, over meta.clock_start.',
      },
      starts_after: {
        type: 'number',
        minimum: 0,
        default: 0,
        description: 'Hours from when starts_when first holds until the allowed time begins to run.',
      },
      deficient_when: ref(
        'condition',
        'Met deficiently if this holds when the deadline is met: status deficient.',
      ),
      met: obj('Outcome when met.', outcomeProperties),
      deficient: obj('Outcome when met deficiently (instead of met), plus an optional inject.', {
        ...outcomeProperties,
        inject: ref('inject'),
      }),
      missed: obj('Outcome when missed, plus an optional inject.', {
        ...outcomeProperties,
        inject: ref('inject'),
      }),
      forgivable,
      allow: allowList('deadline'),
    },
    ['id', 'label', 'starts_when', 'met_when'],
  ),
  optionalInject: inject('An inject the facilitator may push during play.', {
    ...outcomeProperties,
    note: ref('text', 'Facilitator-only note.'),
    opens: ref('id', 'A detour beat whose decision the team must answer when this is pushed, before play carries on.'),
  }),
};
