/** Reads a `<scenario>.test.yaml` file of instructor test plans (docs/test-plans.md). */
import { basename, dirname, join } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import type { DeadlineStatus, MeterBound, PlanExpectation, PlanStep, TestPlan } from '../engine/index';
import type { Scenario } from '../scenario/index';

export interface PlanFile {
  /** The scenario file the plans are for, resolved against the plan file's folder. */
  readonly scenario: string;
  readonly plans: readonly TestPlan[];
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
const isRecord = (value: unknown): value is Record<string, Json> => typeof value === 'object' && value !== null && !Array.isArray(value);
const STATUSES: readonly DeadlineStatus[] = ['idle', 'running', 'met', 'missed', 'deficient'];

/** The scenario a plan file is for by default: `tutorial.test.yaml` -> `tutorial.yaml`. */
export function defaultScenarioOf(planFile: string): string {
  return join(dirname(planFile), basename(planFile).replace(/\.test\.ya?ml$/, '.yaml'));
}

/** Parses the YAML and checks its shape; `problems` name the path of each mistake. */
export function parsePlanFile(source: string, file: string): { file: PlanFile | null; problems: string[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    return { file: null, problems: doc.errors.map((error) => `${file}:${error.linePos?.[0].line ?? 1}:${error.linePos?.[0].col ?? 1}: ${error.message}`) };
  }
  const data: unknown = doc.toJS({ maxAliasCount: 100 });
  const problems: string[] = [];
  const problem = (path: string, message: string): void => void problems.push(`${file}: ${path}: ${message}`);
  if (!isRecord(data)) return { file: null, problems: [`${file}: expected a mapping with 'plans'`] };
  const scenario = data.scenario === undefined ? defaultScenarioOf(file) : typeof data.scenario === 'string' ? join(dirname(file), data.scenario) : (problem('scenario', 'expected a file name'), '');
  const fileSeed = data.seed === undefined ? 1 : data.seed;
  if (!Number.isSafeInteger(fileSeed)) problem('seed', 'expected an integer');
  if (!Array.isArray(data.plans) || data.plans.length === 0) problem('plans', 'expected a list of at least one plan');
  const plans: TestPlan[] = [];
  for (const [index, raw] of (Array.isArray(data.plans) ? data.plans : []).entries()) {
    const at = `plans[${index}]`;
    if (!isRecord(raw)) {
      problem(at, 'expected a mapping with name, steps and expect');
      continue;
    }
    const name = typeof raw.name === 'string' && raw.name.trim() ? raw.name : (problem(`${at}.name`, 'expected a non-empty string'), `plan ${index + 1}`);
    const seed = raw.seed === undefined ? fileSeed : raw.seed;
    if (!Number.isSafeInteger(seed)) problem(`${at}.seed`, 'expected an integer');
    const steps: PlanStep[] = [];
    if (!Array.isArray(raw.steps)) problem(`${at}.steps`, 'expected a list of choice ids');
    for (const [stepIndex, step] of (Array.isArray(raw.steps) ? raw.steps : []).entries()) {
      if (step === 'clock.expire') steps.push({ kind: 'expire' });
      else if (step === 'player.continue') steps.push({ kind: 'continue' });
      else if (typeof step === 'string') steps.push({ kind: 'choose', choice: step });
      else if (isRecord(step) && typeof step.inject === 'string' && Object.keys(step).length === 1) steps.push({ kind: 'inject', inject: step.inject });
      else problem(`${at}.steps[${stepIndex}]`, 'expected a choice id, clock.expire, player.continue or { inject: id }');
    }
    plans.push({ name, seed: Number(seed), steps, expect: parseExpectation(raw.expect, `${at}.expect`, problem) });
  }
  return { file: problems.length > 0 ? null : { scenario, plans }, problems };
}

function parseExpectation(raw: Json | undefined, at: string, problem: (path: string, message: string) => void): PlanExpectation {
  if (!isRecord(raw)) {
    problem(at, 'expected a mapping (ending, meters, flags, deadlines, contradictions)');
    return {};
  }
  const known = new Set(['ending', 'meters', 'flags', 'deadlines', 'contradictions']);
  for (const key of Object.keys(raw)) if (!known.has(key)) problem(`${at}.${key}`, `unknown key; expected one of ${[...known].join(', ')}`);
  const expect: { -readonly [K in keyof PlanExpectation]: PlanExpectation[K] } = {};
  if (raw.ending !== undefined) {
    if (typeof raw.ending === 'string') expect.ending = raw.ending;
    else problem(`${at}.ending`, 'expected an ending id');
  }
  if (raw.meters !== undefined) {
    const meters: Record<string, MeterBound> = {};
    for (const [id, bound] of Object.entries(isRecord(raw.meters) ? raw.meters : (problem(`${at}.meters`, 'expected a mapping'), {}))) {
      if (typeof bound === 'number') meters[id] = { min: bound, max: bound };
      else if (isRecord(bound) && Object.keys(bound).every((key) => key === 'min' || key === 'max') && Object.values(bound).every((value) => typeof value === 'number')) meters[id] = bound as MeterBound;
      else problem(`${at}.meters.${id}`, 'expected a number or { min, max }');
    }
    expect.meters = meters;
  }
  if (raw.flags !== undefined) {
    const flags: Record<string, boolean> = {};
    for (const [id, value] of Object.entries(isRecord(raw.flags) ? raw.flags : (problem(`${at}.flags`, 'expected a mapping'), {}))) {
      if (typeof value === 'boolean') flags[id] = value;
      else problem(`${at}.flags.${id}`, 'expected true or false');
    }
    expect.flags = flags;
  }
  if (raw.deadlines !== undefined) {
    const deadlines: Record<string, DeadlineStatus> = {};
    for (const [id, value] of Object.entries(isRecord(raw.deadlines) ? raw.deadlines : (problem(`${at}.deadlines`, 'expected a mapping'), {}))) {
      if (STATUSES.includes(value as DeadlineStatus)) deadlines[id] = value as DeadlineStatus;
      else problem(`${at}.deadlines.${id}`, `expected one of ${STATUSES.join(', ')}`);
    }
    expect.deadlines = deadlines;
  }
  if (raw.contradictions !== undefined) {
    if (Number.isSafeInteger(raw.contradictions) && Number(raw.contradictions) >= 0) expect.contradictions = Number(raw.contradictions);
    else problem(`${at}.contradictions`, 'expected a whole number');
  }
  return expect;
}

/** Names in the plans that the scenario does not declare, so a typo is reported before play. */
export function unknownNames(plans: readonly TestPlan[], scenario: Scenario): string[] {
  const choices = new Set(scenario.beats.flatMap((beat) => (beat.decision?.choices ?? []).map((choice) => choice.id)));
  const has = (list: readonly { id: string }[], id: string): boolean => list.some((item) => item.id === id);
  const problems: string[] = [];
  for (const plan of plans) {
    const where = `plan '${plan.name}'`;
    for (const step of plan.steps) {
      if (step.kind === 'choose' && !choices.has(step.choice)) problems.push(`${where}: unknown choice '${step.choice}'`);
      if (step.kind === 'inject' && !has(scenario.optionalInjects, step.inject)) problems.push(`${where}: unknown optional inject '${step.inject}'`);
    }
    const { ending, meters = {}, flags = {}, deadlines = {} } = plan.expect;
    if (ending !== undefined && !has(scenario.endings, ending)) problems.push(`${where}: unknown ending '${ending}'`);
    for (const id of Object.keys(meters)) if (!has(scenario.meters, id)) problems.push(`${where}: unknown meter '${id}'`);
    for (const id of Object.keys(flags)) if (!has(scenario.flags, id)) problems.push(`${where}: unknown flag '${id}'`);
    for (const id of Object.keys(deadlines)) if (!has(scenario.deadlines, id)) problems.push(`${where}: unknown deadline '${id}'`);
  }
  return problems;
}
