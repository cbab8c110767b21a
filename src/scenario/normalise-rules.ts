import type {
  Confidence,
  Credibility,
  Deadline,
  Ending,
  Evidence,
  Objective,
  OptionalInject,
  Trigger,
} from './types.ts';
import type { NormaliseContext } from './context.ts';
import type { Path } from './path.ts';
import { readInject } from './normalise-beats.ts';
import { readClaimsTest } from './normalise-plan.ts';
import { readOutcome } from './outcome.ts';
import { readConditionalText } from './normalise-text.ts';
import { asList, asNumber, asObject, asOptionalText, asString, asText, has } from './read.ts';

export function readTrigger(v: unknown, path: Path, cx: NormaliseContext): Trigger {
  const o = asObject(v);
  return {
    id: asString(o['id']),
    when: cx.condition(o['when'], [...path, 'when']),
    chance: asNumber(o['chance'], 1),
    ...(has(o, 'inject') && { inject: readInject(o['inject'], cx, [...path, 'inject']) }),
    outcome: readOutcome(o),
    ...(has(o, 'goto') && { goto: asString(o['goto']) }),
  };
}

export function readDeadline(v: unknown, path: Path, cx: NormaliseContext): Deadline {
  const o = asObject(v);
  const missed = asObject(o['missed']);
  const deficient = asObject(o['deficient']);
  return {
    id: asString(o['id']),
    label: asText(o['label'], cx.languages),
    ...(has(o, 'reference') && { reference: asText(o['reference'], cx.languages) }),
    startsWhen: cx.condition(o['starts_when'], [...path, 'starts_when']),
    metWhen: cx.condition(o['met_when'], [...path, 'met_when']),
    ...(has(o, 'hours') && { hours: asNumber(o['hours']) }),
    ...(has(o, 'business_days') && { businessDays: asNumber(o['business_days']) }),
    ...(has(o, 'starts_after') && { startsAfter: asNumber(o['starts_after']) }),
    onMissed: readOutcome(missed),
    ...(has(missed, 'inject') && { missedInject: readInject(missed['inject'], cx, [...path, 'missed', 'inject']) }),
    onMet: readOutcome(asObject(o['met'])),
    ...(o['forgivable'] === true && { forgivable: true }),
    ...(has(o, 'deficient_when') && {
      deficientWhen: cx.condition(o['deficient_when'], [...path, 'deficient_when']),
    }),
    ...(has(o, 'deficient') && { onDeficient: readOutcome(deficient) }),
    ...(has(deficient, 'inject') && { deficientInject: readInject(deficient['inject'], cx, [...path, 'deficient', 'inject']) }),
  };
}

const DEFAULT_SCALE: Readonly<Record<Confidence, number>> = {
  confirmed: 1,
  preliminary: 0.5,
  estimate: 0.25,
};

export function readCredibility(v: unknown): Credibility {
  const o = asObject(v);
  const penaltyOf = (key: string): Record<string, number> => {
    const penalty: Record<string, number> = {};
    for (const [meter, n] of Object.entries(asObject(o[key])))
      if (typeof n === 'number') penalty[meter] = n;
    return penalty;
  };
  const penalty = penaltyOf('penalty');
  const scale = asObject(o['scale']);
  return {
    penalty,
    scale: {
      confirmed: asNumber(scale['confirmed'], DEFAULT_SCALE.confirmed),
      preliminary: asNumber(scale['preliminary'], DEFAULT_SCALE.preliminary),
      estimate: asNumber(scale['estimate'], DEFAULT_SCALE.estimate),
    },
    tolerance: asNumber(o['tolerance'], 0.1),
    ...(has(o, 'regulator_penalty') && { regulatorPenalty: penaltyOf('regulator_penalty') }),
  };
}

export function readEnding(v: unknown, path: Path, cx: NormaliseContext): Ending {
  const o = asObject(v);
  const epilogue = readConditionalText(o['epilogue'], [...path, 'epilogue'], cx);
  return {
    id: asString(o['id']),
    title: asText(o['title'], cx.languages),
    ...(has(o, 'when') && { when: cx.condition(o['when'], [...path, 'when']) }),
    epilogue: epilogue.text,
    ...(epilogue.cases && { epilogueCases: epilogue.cases }),
    tone: asString(o['tone'], 'mixed') as Ending['tone'],
    ...(o['forgivable'] === true && { forgivable: true }),
  };
}

function readEvidence(v: unknown, path: Path, cx: NormaliseContext): Evidence {
  const o = asObject(v);
  const label = asOptionalText(o['label'], cx.languages);
  const withLabel = label !== undefined ? { label } : {};
  const ids = (key: string) => asList(o[key]).filter((x): x is string => typeof x === 'string');
  if (has(o, 'deadline'))
    return { kind: 'deadline', deadline: asString(o['deadline']), ...withLabel };
  if (has(o, 'chose')) return { kind: 'chose', choices: ids('chose'), ...withLabel };
  if (has(o, 'avoided')) return { kind: 'avoided', choices: ids('avoided'), ...withLabel };
  if (has(o, 'when'))
    return { kind: 'when', condition: cx.condition(o['when'], [...path, 'when']), ...withLabel };
  return { kind: 'claims', ...readClaimsTest(o), ...withLabel };
}

export function readObjective(v: unknown, path: Path, cx: NormaliseContext): Objective {
  const o = asObject(v);
  const description = asOptionalText(o['description'], cx.languages);
  return {
    id: asString(o['id']),
    label: asText(o['label'], cx.languages),
    capability: asText(o['capability'], cx.languages),
    ...(description !== undefined && { description }),
    evidence: asList(o['evidence']).map((e, i) => readEvidence(e, [...path, 'evidence', i], cx)),
    ...(has(o, 'critical_tasks') && {
      criticalTasks: asList(o['critical_tasks']).map((x) => asText(x, cx.languages)),
    }),
  };
}

export function readOptionalInject(v: unknown, cx: NormaliseContext, path: Path = []): OptionalInject {
  const o = asObject(v);
  const note = asOptionalText(o['note'], cx.languages);
  return {
    ...readInject(v, cx, path),
    outcome: readOutcome(o),
    ...(note !== undefined && { facilitatorNote: note }),
    ...(has(o, 'opens') && { opens: asString(o['opens']) }),
  };
}
