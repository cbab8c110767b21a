import type {
  Beat,
  Choice,
  Audience,
  Claim,
  Confidence,
  Decision,
  Inject,
  InjectKind,
  InjectVariant,
  Rating,
  Strategy,
} from './types.ts';
import type { NormaliseContext } from './context.ts';
import type { Path } from './path.ts';
import { readOutcome } from './outcome.ts';
import { HIDDEN_BY_VARIANTS, readConditionalText } from './normalise-text.ts';
import { said } from './said.ts';
import { readArtefact, readQuestion } from './normalise-facilitation.ts';
import {
  asList,
  asNumber,
  asObject,
  asOptionalText,
  asString,
  asText,
  has,
  type Raw,
} from './read.ts';

export function readInject(v: unknown, cx: NormaliseContext, path: Path = []): Inject {
  const o = asObject(v);
  const t = (key: string) => asText(o[key], cx.languages);
  const headline = readConditionalText(o['headline'], [...path, 'headline'], cx);
  const body = readConditionalText(o['body'], [...path, 'body'], cx);
  const inject: Inject = {
    id: asString(o['id']),
    kind: asString(o['kind'], 'email') as InjectKind,
    from: t('from'),
    headline: headline.text,
    body: body.text,
    ...(headline.cases && { headlineCases: headline.cases }),
    ...(body.cases && { bodyCases: body.cases }),
  };
  const reactions = has(o, 'reactions') ? asObject(o['reactions']) : null;
  const variants = has(o, 'variants')
    ? asList(o['variants']).map((x): InjectVariant => {
        const w = asObject(x);
        return {
          headline: asText(w['headline'], cx.languages),
          body: asText(w['body'], cx.languages),
        };
      })
    : null;
  // Non-strings read as '' (the schema reports them) so indices still match the file's.
  const to = has(o, 'to') ? asList(o['to']).map((x) => asString(x)) : null;
  if (variants) {
    for (const [key, read] of [['headline', headline], ['body', body]] as const) {
      if (read.cases) {
        cx.problem?.(
          HIDDEN_BY_VARIANTS,
          said('CR422', `this inject has variants, and a seeded variant replaces its ${key}, so these conditional variants would never be shown: use one or the other`, { key }),
          [...path, key],
        );
      }
    }
  }
  return {
    ...inject,
    ...(reactions && {
      reactions: {
        likes: asNumber(reactions['likes']),
        shares: asNumber(reactions['shares']),
        replies: asNumber(reactions['replies']),
      },
    }),
    ...(variants && { variants }),
    ...(to && { to }),
    ...(has(o, 'artefact') && { artefact: readArtefact(o['artefact'], cx) }),
  };
}

function readClaim(v: unknown, cx: NormaliseContext): Claim {
  const o = asObject(v);
  const statement = asOptionalText(o['statement'], cx.languages);
  const atLeast = has(o, 'at_least') ? asNumber(o['at_least']) : undefined;
  const upTo = has(o, 'up_to') ? asNumber(o['up_to']) : undefined;
  const audience = asString(o['audience'], 'public') as Audience;
  return {
    fact: asString(o['fact']),
    // A bound keeps a `value` (its lower edge, else its upper) for readers that show one figure.
    value: has(o, 'value') ? asNumber(o['value']) : (atLeast ?? upTo ?? 0),
    ...(atLeast !== undefined && { atLeast }),
    ...(upTo !== undefined && { upTo }),
    confidence: asString(o['confidence'], 'confirmed') as Confidence,
    ...(audience !== 'public' && { audience }),
    ...(statement !== undefined && { statement }),
  };
}

function readChoice(v: unknown, path: Path, cx: NormaliseContext): Choice {
  const o = asObject(v);
  const description = asOptionalText(o['description'], cx.languages);
  const strategy = has(o, 'strategy') ? (asString(o['strategy']) as Strategy) : undefined;
  const feedback = readConditionalText(o['feedback'], [...path, 'feedback'], cx);
  const consequence = has(o, 'consequence') ? readConditionalText(o['consequence'], [...path, 'consequence'], cx) : undefined;
  return {
    id: asString(o['id']),
    category: asString(o['category']),
    label: asText(o['label'], cx.languages),
    ...(description !== undefined && { description }),
    ...(has(o, 'if') && { condition: cx.condition(o['if'], [...path, 'if']) }),
    outcome: readOutcome(o),
    claims: asList(o['claims']).map((c) => readClaim(c, cx)),
    next: asString(o['next']),
    ...(consequence && { consequence: consequence.text }),
    ...(consequence?.cases && { consequenceCases: consequence.cases }),
    feedback: feedback.text,
    ...(feedback.cases && { feedbackCases: feedback.cases }),
    references: asList(o['references']).map((r) => asText(r, cx.languages)),
    rating: asString(o['rating'], 'acceptable') as Rating,
    ...(strategy !== undefined && { strategy }),
  };
}

/** A decision's own `order` wins; else the scenario's `choice_order` (`fixedOrder`) decides. */
function readDecision(o: Raw, path: Path, cx: NormaliseContext, fixedOrder: boolean): Decision {
  const order = has(o, 'order') ? asString(o['order']) : fixedOrder ? 'fixed' : 'shuffled';
  return {
    prompt: asText(o['prompt'], cx.languages),
    ...(has(o, 'time_limit') && { timeLimit: asNumber(o['time_limit']) }),
    ...(has(o, 'default') && { defaultChoice: asString(o['default']) }),
    choices: asList(o['choices']).map((c, i) => readChoice(c, [...path, 'choices', i], cx)),
    ...(order === 'fixed' && { order: 'fixed' as const }),
  };
}

/** `fixedOrder`: the scenario says `choice_order: fixed`, so decisions show file order by default. */
export function readBeat(v: unknown, path: Path, cx: NormaliseContext, fixedOrder = false): Beat {
  const o = asObject(v);
  const f = asObject(o['facilitator']);
  const notes = asOptionalText(f['notes'], cx.languages);
  return {
    id: asString(o['id']),
    title: asText(o['title'], cx.languages),
    ...readHour(o['at']),
    injects: asList(o['injects']).map((x, i) => readInject(x, cx, [...path, 'injects', i])),
    onEnter: readOutcome(asObject(o['on_enter'])),
    ...(has(o, 'decision') && {
      decision: readDecision(asObject(o['decision']), [...path, 'decision'], cx, fixedOrder),
    }),
    ...(has(o, 'next') && { next: asString(o['next']) }),
    ...(o['detour'] === true && { detour: true as const }),
    facilitator: {
      ...(notes !== undefined && { notes }),
      questions: asList(f['questions']).map((q) => readQuestion(q, cx)),
    },
  };
}

/** A beat's `at`: an hour, or `"+24"` (hours after the hour of entry), which reads as `after`. */
function readHour(v: unknown): Pick<Beat, 'at' | 'after'> {
  if (typeof v === 'string' && v.startsWith('+')) return { at: 0, after: asNumber(Number(v.slice(1))) };
  return { at: asNumber(v) };
}
