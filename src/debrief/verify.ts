/**
 * Reports built only from a replayed log. A save's report comes from the state, log and notices
 * that its replay produces against the scenario it was played on; a debrief export's report is
 * rebuilt from the save it embeds. Where the replay cannot be done (the scenario is missing or
 * has changed, the log does not match), there is no report: the input is "unverified" and shows
 * no score.
 */
import { SAVE_FORMAT, verifySave } from '../engine/index';
import { sameJson } from '../engine/save-shape';
import type { Scenario } from '../scenario/types';
import { readReport } from './export-json';
import { buildReport, type BuildOptions } from './report';
import type { DebriefReport } from './types';
import type { Translator } from '../i18n/translator';
import { debriefEnglish } from './debrief-english';
import { saveErrorText } from '../i18n/save-words';

/** What is known of an input that could not be verified, for a message that shows no score. */
export interface Unverified {
  readonly scenarioId: string;
  readonly team: string;
  /** Why it could not be replayed, as a sentence. */
  readonly reason: string;
}

export type Verified =
  | { readonly ok: true; readonly report: DebriefReport }
  | { readonly ok: false; readonly unverified: Unverified };

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The scenario id and team a save claims, read loosely, only to name it in a message. */
function claimed(save: unknown): { scenarioId: string; team: string } {
  const data = isObject(save) ? save : {};
  const scenario = isObject(data.scenario) ? data.scenario : {};
  return {
    scenarioId: typeof scenario.id === 'string' ? scenario.id : '',
    team: typeof data.team === 'string' ? data.team : '',
  };
}

/** A message as the end of a sentence: lower-case start, no full stop. */
const sentenceTail = (message: string): string =>
  message.charAt(0).toLowerCase() + message.slice(1).replace(/\.$/, '');

const unverified = (save: unknown, reason: string): Verified => ({
  ok: false,
  unverified: { ...claimed(save), reason },
});

/**
 * The report of a save (its JSON text or parsed value), built from its replay against
 * `scenario`; unverified when the scenario is missing or is not the one played, or the save
 * does not replay to exactly what it says.
 */
export function verifiedReport(
  scenario: Scenario | null,
  save: unknown,
  options: BuildOptions = {},
): Verified {
  const tr = options.tr ?? debriefEnglish;
  let data = save;
  if (typeof save === 'string') {
    try {
      data = JSON.parse(save) as unknown;
    } catch {
      return unverified(null, tr.t('debrief.verify.notJson'));
    }
  }
  if (!scenario) {
    const { scenarioId } = claimed(data);
    return unverified(data, tr.t('debrief.verify.noScenario', { id: scenarioId }));
  }
  const checked = verifySave(data, scenario);
  if (!checked.ok) {
    const reason =
      checked.error.code === 'changed-scenario'
        ? tr.t('debrief.verify.otherVersion', { id: scenario.meta.id })
        : sentenceTail(saveErrorText(checked.error, tr));
    return unverified(data, reason);
  }
  // The replay's own save: its state and the checked log, with the time it was saved.
  return { ok: true, report: buildReport(scenario, checked.save, options) };
}

/**
 * The export's parts that its save determines: all but the best path, which is the analysis's,
 * and a signature, which is about the file (export-signature.ts checks it).
 */
function rebuildable(report: DebriefReport): Omit<DebriefReport, 'bestPath'> {
  const { bestPath: _bestPath, signature: _signature, ...rest } = report as DebriefReport & { readonly signature?: unknown };
  return rest;
}

/**
 * A debrief export (text or parsed) rebuilt from the save inside it. The rebuilt report is the
 * one shown; when the export says anything else (an edited score, say), a warning says so.
 * Shape errors in the export are `error`; an export that cannot be replayed is unverified.
 */
export function verifiedExport(
  scenario: Scenario | null,
  input: unknown,
  options: BuildOptions = {},
):
  | Verified
  | { readonly ok: false; readonly error: string; readonly unverified?: undefined } {
  const tr = options.tr ?? debriefEnglish;
  const read = readReport(input, tr);
  if (!read.ok) return { ok: false, error: read.message };
  const exported = read.report;
  const save: unknown = exported.save;
  const { scenarioId, hash } = exported.overview;
  const inner = claimed(save);
  if (!isObject(save) || save.format !== SAVE_FORMAT || inner.scenarioId !== scenarioId) {
    return unverified(save, tr.t('debrief.verify.notItsSave'));
  }
  if (scenario && scenario.hash !== hash) {
    return unverified(save, tr.t('debrief.verify.otherVersion', { id: scenarioId }));
  }
  const lang =
    scenario?.languages.includes(exported.lang) === true ? { lang: exported.lang } : {};
  const rebuilt = verifiedReport(scenario, save, { ...lang, ...options });
  if (!rebuilt.ok) return rebuilt;
  // An export made in another interface language words everything differently: then only what
  // does not depend on the words (every figure, flag and the save) can be held against the replay.
  const sameWords = (exported.interfaceLang ?? 'en') === rebuilt.report.interfaceLang;
  const same = sameWords
    ? sameJson(rebuildable(exported), rebuildable(rebuilt.report))
    : sameJson(wordless(rebuildable(exported)), wordless(rebuildable(rebuilt.report)));
  if (same) return rebuilt;
  const warning =
    exported.score.overall === rebuilt.report.score.overall
      ? tr.t('debrief.verify.edited', { edited: editedExport(tr) })
      : tr.t('debrief.verify.editedScore', { edited: editedExport(tr), claimed: String(exported.score.overall), replayed: rebuilt.report.score.overall });
  return { ok: true, report: { ...rebuilt.report, warnings: [warning, ...rebuilt.report.warnings] } };
}

/** A report's shape and figures without its words, the save aside (it holds no prose). */
function wordless(value: unknown, key = ''): unknown {
  if (key === 'interfaceLang') return null;
  if (key === 'save' || key === 'lang') return value;
  if (typeof value === 'string') return '';
  if (Array.isArray(value)) return value.map((item) => wordless(item));
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, wordless(v, k)]));
  return value;
}

/** How the warning on a rebuilt export that differed from its save begins. */
export function editedExport(tr: Translator = debriefEnglish): string {
  return tr.t('debrief.verify.editedLead');
}

/** The English of `editedExport`. */
export const EDITED_EXPORT = editedExport();

/** "unverified: <reason>; no score is shown", naming the team when the input gives one. */
export function unverifiedMessage(u: Unverified, tr: Translator = debriefEnglish): string {
  return u.team ? tr.t('debrief.verify.unverifiedTeam', { team: u.team, reason: u.reason }) : tr.t('debrief.verify.unverified', { reason: u.reason });
}
