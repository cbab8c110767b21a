/**
 * The report as versioned JSON: the whole report, the save (with its log) and the score, so a
 * file can be re-imported into the debrief viewer or a team comparison without the scenario.
 */
import { SAVE_FORMAT } from '../engine/types';
import { REPORT_FORMAT, REPORT_VERSION } from './types';
import type { DebriefReport } from './types';

export function toJson(report: DebriefReport): string {
  return JSON.stringify(report, null, 2) + '\n';
}

export type ReadResult =
  | { readonly ok: true; readonly report: DebriefReport }
  | { readonly ok: false; readonly message: string };

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads a JSON export back (text or parsed), checking its format, version and shape. */
export function readReport(input: unknown): ReadResult {
  let data = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input) as unknown;
    } catch {
      return { ok: false, message: 'not JSON: the file could not be parsed (is it cut short?)' };
    }
  }
  if (!isObject(data))
    return { ok: false, message: 'not a debrief export: expected a JSON object' };
  if (data.format === SAVE_FORMAT)
    return {
      ok: false,
      message:
        'this is a session save, not a debrief export: open it with its scenario to build the debrief',
    };
  if (data.format !== REPORT_FORMAT)
    return { ok: false, message: `not a debrief export: "format" should be "${REPORT_FORMAT}"` };
  if (data.version !== REPORT_VERSION)
    return {
      ok: false,
      message: `unsupported debrief export version ${String(data.version)} (this build reads version ${REPORT_VERSION})`,
    };
  const missing = [
    'overview',
    'score',
    'meters',
    'decisions',
    'claims',
    'deadlines',
    'strengths',
    'improvements',
    'save',
  ].filter((k) => !(k in data));
  if (missing.length > 0)
    return { ok: false, message: `damaged debrief export: missing ${missing.join(', ')}` };
  const { overview, score, save } = data;
  if (
    !isObject(overview) ||
    typeof overview.scenarioId !== 'string' ||
    typeof overview.version !== 'string' ||
    typeof overview.hash !== 'string'
  ) {
    return {
      ok: false,
      message: 'damaged debrief export: the overview lacks the scenario id, version or hash',
    };
  }
  if (
    !isObject(score) ||
    typeof score.overall !== 'number' ||
    !Array.isArray(score.rubric) ||
    !Array.isArray(score.categories)
  )
    return { ok: false, message: 'damaged debrief export: no overall score' };
  if (!isObject(save) || save.format !== SAVE_FORMAT || !Array.isArray(save.log))
    return {
      ok: false,
      message: 'damaged debrief export: the session save inside is missing or not a save',
    };
  const lists = [
    'meters',
    'decisions',
    'claims',
    'deadlines',
    'warnings',
    'executiveSummary',
    'strengths',
    'improvements',
    'improvementPlan',
    'questions',
    'notes',
    'events',
  ] as const;
  for (const key of lists) {
    if (!Array.isArray(data[key]))
      return { ok: false, message: `damaged debrief export: "${key}" is not a list` };
  }
  return { ok: true, report: data as unknown as DebriefReport };
}
