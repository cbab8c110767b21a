/**
 * Reads a `<scenario>.test.yaml` file of instructor test plans (docs/test-plans.md) into plans,
 * or into positioned diagnostics like `check`'s: every problem at once, each on its line and
 * column, with a did-you-mean for a misspelt key, id or deadline status.
 */
import type { Diagnostic } from '../scenario/diagnostic';
import type { Scenario } from '../scenario/index';
import { parseYaml } from '../scenario/parse-yaml';
import type { Path } from '../scenario/index';
import { locator } from '../scenario/positions';
import { Reporter } from '../scenario/report';
import { didYouMean, nounValue } from '../scenario/suggest';
import { joined, said, type Said } from '../scenario/said';
import { planNameProblems } from './plan-names';
import type { MeterBound, PlanExpectation, PlanStep, TestPlan } from './plan';
import type { DeadlineStatus } from './types';

export interface PlanFileResult {
  /** The scenario file as written in the file (relative to it), or null for the default. */
  readonly scenario: string | null;
  /** The plans in file order; empty when the file could not be read as plans at all. */
  readonly plans: readonly TestPlan[];
  /** Problems in the file itself (YAML, shape, keys); errors mean nothing should run. */
  readonly diagnostics: readonly Diagnostic[];
  /** Ids the plans name that the scenario does not declare, positioned in this file. */
  checkNames(scenario: Scenario): Diagnostic[];
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
const isRecord = (value: unknown): value is Record<string, Json> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const STATUSES: readonly DeadlineStatus[] = ['idle', 'running', 'met', 'missed', 'deficient'];
const FILE_KEYS = ['scenario', 'seed', 'plans'];
const PLAN_KEYS = ['name', 'seed', 'steps', 'expect'];
const EXPECT_KEYS = ['ending', 'meters', 'flags', 'deadlines', 'contradictions'];

export function parsePlanSource(source: string, file: string): PlanFileResult {
  const parsed = parseYaml(source, file);
  const none: PlanFileResult = {
    scenario: null,
    plans: [],
    diagnostics: parsed.diagnostics,
    checkNames: () => [],
  };
  if (parsed.doc === null) return none;
  const reporter = new Reporter(file, locator(parsed.doc, parsed.lineCounter, source));
  const data = parsed.value;
  if (!isRecord(data)) {
    reporter.error('CR701', said('CR701.notMapping', 'a plan file is a mapping with plans: (see docs/test-plans.md)'), []);
    return { ...none, diagnostics: reporter.diagnostics };
  }
  const read = new PlanReader(reporter);
  read.keys(data, FILE_KEYS, [], 'plan file');
  let scenario: string | null = null;
  if (typeof data.scenario === 'string') scenario = data.scenario;
  else if (data.scenario !== undefined)
    reporter.error('CR701', said('CR701.scenario', 'scenario should be a file name, such as tutorial.yaml'), ['scenario']);
  const fileSeed = read.seed(data.seed, ['seed'], 1);
  const plans: TestPlan[] = [];
  if (!Array.isArray(data.plans) || data.plans.length === 0) {
    reporter.error('CR701', said('CR701.plans', 'plans should be a list of at least one plan (- name: ...)'), ['plans']);
  } else {
    data.plans.forEach((raw, i) => plans.push(read.plan(raw, ['plans', i], fileSeed, i)));
  }
  const diagnostics = [...parsed.diagnostics, ...reporter.diagnostics];
  return {
    scenario,
    plans,
    diagnostics,
    checkNames: (s) => {
      const names = new Reporter(file, locator(parsed.doc!, parsed.lineCounter, source));
      for (const p of planNameProblems(plans, s, read.where)) names.error('CR703', p.message, p.path, p.target);
      return names.diagnostics;
    },
  };
}

/** Reads each part of a plan, reporting what is wrong and going on, so all problems show at once. */
class PlanReader {
  /** Where each step was written, for the name check that comes after. */
  readonly where = new Map<PlanStep, Path>();

  constructor(private readonly reporter: Reporter) {}

  keys(value: Record<string, Json>, known: readonly string[], path: Path, noun: string): void {
    for (const key of Object.keys(value)) {
      if (known.includes(key)) continue;
      const hint = didYouMean(key, known) ?? said('hint.useOneOf', `; use ${known.join(', ')}`, { valid: known.join(', ') });
      this.reporter.error('CR702', joined(said('CR203', `unknown key '${key}' in ${noun}`, { key, noun: nounValue(noun) }), hint), [...path, key], 'key');
    }
  }

  seed(value: Json | undefined, path: Path, fallback: number): number {
    if (value === undefined) return fallback;
    if (typeof value === 'number' && Number.isSafeInteger(value)) return value;
    this.reporter.error('CR701', said('CR701.seed', 'seed should be a whole number'), path);
    return fallback;
  }

  plan(raw: Json, path: Path, fileSeed: number, index: number): TestPlan {
    if (!isRecord(raw)) {
      this.reporter.error('CR701', said('CR701.plan', 'a plan is a mapping with name, steps and expect'), path);
      return { name: `plan ${index + 1}`, seed: fileSeed, steps: [], expect: {} };
    }
    this.keys(raw, PLAN_KEYS, path, 'plan');
    let name = `plan ${index + 1}`;
    if (typeof raw.name === 'string' && raw.name.trim() !== '') name = raw.name;
    else this.reporter.error('CR701', said('CR701.name', 'a plan needs a name (name: ...)'), [...path, 'name'], 'key');
    const seed = this.seed(raw.seed, [...path, 'seed'], fileSeed);
    const steps: PlanStep[] = [];
    if (!Array.isArray(raw.steps)) {
      this.reporter.error('CR701', said('CR701.steps', 'steps should be a list of choice ids'), [...path, 'steps']);
    } else {
      raw.steps.forEach((step, j) => {
        const parsed = stepOf(step);
        if (parsed !== null) {
          steps.push(parsed);
          this.where.set(parsed, [...path, 'steps', j]);
        }
        else
          this.reporter.error(
            'CR701',
            said('CR701.step', 'a step is a choice id, clock.expire, player.continue or { inject: <id> }'),
            [...path, 'steps', j],
          );
      });
    }
    return { name, seed, steps, expect: this.expect(raw.expect, [...path, 'expect']) };
  }

  private expect(raw: Json | undefined, path: Path): PlanExpectation {
    if (!isRecord(raw)) {
      this.reporter.error('CR701', said('CR701.expect', `expect should be a mapping of ${EXPECT_KEYS.join(', ')}`, { keys: EXPECT_KEYS.join(', ') }), path);
      return {};
    }
    this.keys(raw, EXPECT_KEYS, path, 'expect');
    const out: { -readonly [K in keyof PlanExpectation]: PlanExpectation[K] } = {};
    if (typeof raw.ending === 'string') out.ending = raw.ending;
    else if (raw.ending !== undefined)
      this.reporter.error('CR701', said('CR701.ending', 'ending should be an ending id'), [...path, 'ending']);
    if (raw.meters !== undefined)
      out.meters = this.entries(raw.meters, [...path, 'meters'], meterBound, said('want.meterBound', 'a number or { min, max }'));
    if (raw.flags !== undefined)
      out.flags = this.entries(raw.flags, [...path, 'flags'], flagValue, said('want.boolean', 'true or false'));
    if (raw.deadlines !== undefined)
      out.deadlines = this.deadlines(raw.deadlines, [...path, 'deadlines']);
    if (raw.contradictions !== undefined) {
      const n = raw.contradictions;
      if (typeof n === 'number' && Number.isSafeInteger(n) && n >= 0) out.contradictions = n;
      else
        this.reporter.error('CR701', said('CR701.contradictions', 'contradictions should be a whole number'), [...path, 'contradictions']);
    }
    return out;
  }

  private entries<T>(
    raw: Json,
    path: Path,
    read: (v: Json) => T | null,
    want: Said,
  ): Record<string, T> {
    const out: Record<string, T> = {};
    if (!isRecord(raw)) {
      const key = String(path[path.length - 1]);
      this.reporter.error('CR701', said('CR701.ids', `${key} should be a mapping of ids`, { key }), path);
      return out;
    }
    for (const [id, value] of Object.entries(raw)) {
      const v = read(value);
      if (v === null) this.reporter.error('CR701', said('CR701.entry', `${id} should be ${want.text}`, { id, want: want.words[0]! }), [...path, id]);
      else out[id] = v;
    }
    return out;
  }

  private deadlines(raw: Json, path: Path): Record<string, DeadlineStatus> {
    const out: Record<string, DeadlineStatus> = {};
    if (!isRecord(raw)) {
      this.reporter.error('CR701', said('CR701.deadlines', 'deadlines should be a mapping of deadline ids'), path);
      return out;
    }
    for (const [id, value] of Object.entries(raw)) {
      if (STATUSES.includes(value as DeadlineStatus)) {
        out[id] = value as DeadlineStatus;
        continue;
      }
      const hint = typeof value === 'string' ? didYouMean(value, STATUSES) : null;
      const given = String(value);
      const valid = STATUSES.join(', ');
      const message = joined(said('CR704', `'${given}' is not a deadline status; use one of: ${valid}`, { given, valid }), hint);
      this.reporter.error('CR704', message, [...path, id]);
    }
    return out;
  }
}

function stepOf(step: Json): PlanStep | null {
  if (step === 'clock.expire') return { kind: 'expire' };
  if (step === 'player.continue') return { kind: 'continue' };
  if (typeof step === 'string' && step !== '') return { kind: 'choose', choice: step };
  if (isRecord(step) && typeof step.inject === 'string' && Object.keys(step).length === 1)
    return { kind: 'inject', inject: step.inject };
  return null;
}

function flagValue(v: Json): boolean | null {
  return typeof v === 'boolean' ? v : null;
}

function meterBound(v: Json): MeterBound | null {
  if (typeof v === 'number') return { min: v, max: v };
  if (
    isRecord(v) &&
    Object.keys(v).every((k) => k === 'min' || k === 'max') &&
    Object.values(v).every((n) => typeof n === 'number')
  )
    return v as MeterBound;
  return null;
}
