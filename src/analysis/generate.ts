import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { Beat, Choice, Condition, Expr, Meter, Outcome, Rating, Scenario } from '../scenario/types';

export interface GenerateOptions {
  /** Beats with a decision, played in a chain (default 60). */
  readonly decisions?: number;
  readonly choicesPerDecision?: number;
  /** Meter range is [0, meterMax]; a smaller range means fewer distinct states. */
  readonly meterMax?: number;
  readonly seed?: number;
}

const ref = (id: string): Expr => ({ kind: 'ref', of: 'meter', id });
const num = (value: number): Expr => ({ kind: 'num', value });
const cond = (source: string, expr: Expr): Condition => ({ source, expr });
const outcome = (meters: Outcome['meters'], flags: Outcome['flags'] = {}): Outcome => ({ meters, flags, facts: {} });
const RATINGS: readonly Rating[] = ['recommended', 'acceptable', 'harmful'];

/**
 * A synthetic scenario for benchmarks and stress tests: a chain of decisions over two meters, a
 * flag a choice sets and a later choice requires, a deadline and a trigger, and three endings.
 * Deterministic for a seed. Built as the checked model directly, so it needs no YAML.
 */
export function generateScenario(options: GenerateOptions = {}): Scenario {
  const decisions = options.decisions ?? 60;
  const perDecision = options.choicesPerDecision ?? 3;
  const meterMax = options.meterMax ?? 100;
  const rng = xoroshiro128plus(options.seed ?? 7);
  const meter = (id: string, good: 'high' | 'low', start: number): Meter => ({
    id,
    label: id,
    min: 0,
    max: meterMax,
    start,
    good,
    bands: [{ from: 0, label: 'all' }],
    headline: true,
  });
  const meters = [meter('trust', 'high', Math.round(meterMax / 2)), meter('liability', 'low', Math.round(meterMax / 4))];
  const step = Math.max(1, Math.round(meterMax / 20));
  const beats: Beat[] = [];
  for (let index = 0; index < decisions; index++) {
    const id = `beat_${index}`;
    const next = index + 1 < decisions ? `beat_${index + 1}` : 'end';
    const choices: Choice[] = [];
    for (let option = 0; option < perDecision; option++) {
      const trust = uniformInt(rng, -2, 2) * step;
      const liability = uniformInt(rng, -1, 2) * step;
      const flags: Record<string, boolean> = index === 1 && option === 0 ? { notified: true } : {};
      choices.push({
        id: `c${index}_${option}`,
        category: ['disclosure', 'leadership', 'legal'][option % 3]!,
        label: `Option ${option + 1}`,
        outcome: outcome(
          [
            { meter: 'trust', op: 'add', amount: trust },
            { meter: 'liability', op: 'add', amount: liability },
          ],
          flags,
        ),
        claims: [],
        next,
        feedback: 'Generated.',
        references: [],
        rating: RATINGS[uniformInt(rng, 0, 2)]!,
        ...(index === decisions - 1 && option === 0 ? { condition: cond('notified', { kind: 'ref', of: 'flag', id: 'notified' }) } : {}),
      });
    }
    beats.push({
      id,
      title: `Beat ${index + 1}`,
      at: index * 6,
      injects: [],
      onEnter: outcome([]),
      decision: { prompt: 'What now?', choices },
      facilitator: { questions: [] },
    });
  }
  return {
    format: 1,
    meta: {
      id: `generated_${decisions}`,
      title: `Generated, ${decisions} decisions`,
      summary: 'A synthetic scenario for benchmarks.',
      version: '1.0.0',
      author: 'generateScenario',
      durationMinutes: decisions * 2,
      difficulty: 'advanced',
      audience: 'Benchmarks',
      objectives: [],
      caseNote: 'Invented.',
      role: 'Testers',
      clockStart: '2025-01-01T00:00',
    },
    languages: ['en'],
    categories: [
      { id: 'disclosure', label: 'Disclosure' },
      { id: 'leadership', label: 'Leadership' },
      { id: 'legal', label: 'Legal' },
    ],
    roles: [],
    meters,
    flags: [{ id: 'notified', start: false }],
    facts: [],
    start: 'beat_0',
    beats,
    triggers: [
      {
        id: 'boycott',
        when: cond(`trust < ${Math.round(meterMax / 5)}`, { kind: 'cmp', op: '<', left: ref('trust'), right: num(Math.round(meterMax / 5)) }),
        chance: 1,
        outcome: outcome([{ meter: 'liability', op: 'add', amount: step }]),
      },
    ],
    deadlines: [
      {
        id: 'notify',
        label: 'Notify the regulator',
        startsWhen: cond('true', { kind: 'bool', value: true }),
        metWhen: cond('notified', { kind: 'ref', of: 'flag', id: 'notified' }),
        hours: 72,
        onMissed: outcome([{ meter: 'liability', op: 'add', amount: 2 * step }]),
        onMet: outcome([]),
      },
    ],
    credibility: { penalty: {}, scale: { confirmed: 1, preliminary: 0.5, estimate: 0.25 }, tolerance: 0.1 },
    endings: [
      {
        id: 'rebuilt',
        title: 'Trust rebuilt',
        when: cond(`trust >= ${Math.round(meterMax * 0.6)}`, { kind: 'cmp', op: '>=', left: ref('trust'), right: num(Math.round(meterMax * 0.6)) }),
        epilogue: '',
        tone: 'best',
      },
      {
        id: 'exposed',
        title: 'Exposed',
        when: cond(`liability >= ${Math.round(meterMax * 0.6)}`, { kind: 'cmp', op: '>=', left: ref('liability'), right: num(Math.round(meterMax * 0.6)) }),
        epilogue: '',
        tone: 'worst',
      },
      { id: 'muddled', title: 'Muddled through', epilogue: '', tone: 'mixed' },
    ],
    rubric: [],
    optionalInjects: [],
    hash: `generated-${decisions}-${perDecision}-${meterMax}-${options.seed ?? 7}`,
  };
}
