/**
 * The report as versioned JSON: the whole report, the save (with its log) and the score, so a
 * file can be re-imported into the debrief viewer or a team comparison without the scenario.
 */
import { SAVE_FORMAT } from '../engine/types';
import { REPORT_FORMAT, REPORT_VERSION } from './types';
import type { DebriefReport } from './types';
import type { Translator } from '../i18n/translator';
import { debriefEnglish } from './debrief-english';

export function toJson(report: DebriefReport): string {
  return JSON.stringify(report, null, 2) + '\n';
}

export type ReadResult =
  | { readonly ok: true; readonly report: DebriefReport }
  | { readonly ok: false; readonly message: string };

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads a JSON export back (text or parsed), checking its format, version and shape. */
export function readReport(input: unknown, tr: Translator = debriefEnglish): ReadResult {
  const fail = (key: Parameters<Translator['t']>[0], values?: Parameters<Translator['t']>[1]): ReadResult => ({ ok: false, message: tr.t(key, values) });
  let data = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input) as unknown;
    } catch {
      return fail('debrief.read.notJson');
    }
  }
  if (!isObject(data)) return fail('debrief.read.notObject');
  if (data.format === SAVE_FORMAT) return fail('debrief.read.isSave');
  if (data.format !== REPORT_FORMAT) return fail('debrief.read.format', { format: REPORT_FORMAT });
  if (data.version !== REPORT_VERSION)
    return fail('debrief.read.version', { version: String(data.version), supported: REPORT_VERSION });
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
  if (missing.length > 0) return fail('debrief.read.missing', { keys: missing.join(', ') });
  const { overview, score, save } = data;
  if (
    !isObject(overview) ||
    typeof overview.scenarioId !== 'string' ||
    typeof overview.version !== 'string' ||
    typeof overview.hash !== 'string'
  )
    return fail('debrief.read.overview');
  if (
    !isObject(score) ||
    typeof score.overall !== 'number' ||
    !Array.isArray(score.rubric) ||
    !Array.isArray(score.categories)
  )
    return fail('debrief.read.score');
  if (!isObject(save) || save.format !== SAVE_FORMAT || !Array.isArray(save.log))
    return fail('debrief.read.save');
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
      return fail('debrief.read.notList', { key });
  }
  return { ok: true, report: data as unknown as DebriefReport };
}
