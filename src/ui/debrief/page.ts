/**
 * debrief.html: open a session save (with its scenario, shipped or opened alongside) or one or
 * more debrief JSON exports. One file gives its report; several give a team comparison. Files
 * are read in the browser and never leave the machine.
 */
import './viewer-english';
import {
  compareReports,
  type DebriefReport,
  type NamedReport,
  type UnverifiedTeam,
} from '../../debrief/index';
import {
  editedExport,
  REPORT_FORMAT,
  unverifiedMessage,
  verifiedExport,
  verifiedReport,
} from '../../debrief/index';
import { checkExportSignature, signatureWords } from '../../debrief/export-signature';
import { SAVE_FORMAT } from '../../engine/index';
import { MAX_SAVE_CHARS } from '../../engine/save-limits';
import { loadScenario } from '../../scenario/index';
import type { Scenario } from '../../scenario/types';
import { findShipped } from '../catalog';
import { h } from '../dom/h';
import { t } from '../lang/ui-language';
import { settleLanguage } from '../lang/settle-language';
import { reportTranslator } from './report-words';
import './page.css';
import { filePicker } from '../dom/file-picker';
import { mountComparison, mountReport } from './index';

interface Loaded {
  readonly reports: NamedReport[];
  /** Scenario per report source, when known (for the best path). */
  readonly scenarios: Map<string, Scenario>;
  readonly problems: string[];
  /** Saves and exports that could not be replayed: named in a comparison, never scored. */
  readonly unverified: UnverifiedTeam[];
  /** Per export: who signed it, or that it is unsigned or its signature does not match. */
  readonly signatures: { readonly text: string; readonly matches: boolean }[];
}

/** A shipped scenario by id: the same build-time-checked files the game plays. */
async function shippedScenario(id: string): Promise<Scenario | null> {
  return (await findShipped(id))?.scenario ?? null;
}

/** The scenario a save or export names: an opened file (the version played first), else shipped. */
async function scenarioNamed(
  opened: readonly Scenario[],
  id: unknown,
  hash: unknown,
): Promise<Scenario | null> {
  if (typeof id !== 'string') return null;
  const same = opened.filter((s) => s.meta.id === id);
  return same.find((s) => s.hash === hash) ?? same[0] ?? (await shippedScenario(id));
}

/** The id and hash a save or export names, read loosely: the replay does the checking. */
function named(data: Record<string, unknown>): { id: unknown; hash: unknown } {
  const holder = data.format === REPORT_FORMAT ? data.overview : data.scenario;
  const fields: Record<string, unknown> =
    typeof holder === 'object' && holder !== null ? (holder as Record<string, unknown>) : {};
  return { id: data.format === REPORT_FORMAT ? fields.scenarioId : fields.id, hash: fields.hash };
}

async function readFiles(files: readonly File[]): Promise<Loaded> {
  const problems: string[] = [];
  const opened: Scenario[] = [];
  const json: { name: string; data: Record<string, unknown> }[] = [];
  for (const file of files) {
    if (file.size > MAX_SAVE_CHARS) {
      problems.push(
        t('viewer.page.tooLarge', { file: file.name, max: MAX_SAVE_CHARS / 1024 / 1024 }),
      );
      continue;
    }
    const text = await file.text();
    if (/\.ya?ml$/i.test(file.name)) {
      const { scenario, diagnostics } = loadScenario(text, { file: file.name });
      if (scenario) opened.push(scenario);
      else
        problems.push(
          t('viewer.page.scenarioErrors', { file: file.name, message: diagnostics[0]?.message ?? t('viewer.page.unreadable') }),
        );
      continue;
    }
    try {
      const data: unknown = JSON.parse(text);
      if (typeof data !== 'object' || data === null || Array.isArray(data))
        throw new Error('not an object');
      json.push({ name: file.name, data: data as Record<string, unknown> });
    } catch {
      problems.push(t('viewer.page.notJson', { file: file.name }));
    }
  }
  const reports: NamedReport[] = [];
  const unverified: UnverifiedTeam[] = [];
  const scenarios = new Map<string, Scenario>();
  const signatures: Loaded['signatures'] = [];
  // The reports are rebuilt in the page's language, whatever language an export was made in.
  const tr = reportTranslator();
  for (const { name, data } of json) {
    if (data.format !== REPORT_FORMAT && data.format !== SAVE_FORMAT) {
      problems.push(t('viewer.page.notSave', { file: name }));
      continue;
    }
    if (data.format === REPORT_FORMAT) {
      const check = await checkExportSignature(data);
      signatures.push({ text: `${name}: ${signatureWords(check)}.`, matches: check.status !== 'mismatch' });
    }
    const { id, hash } = named(data);
    const scenario = await scenarioNamed(opened, id, hash);
    // Every report is built from a replay of the session's log; an export's own figures are
    // never shown. What cannot be replayed is unverified and shows no score.
    const verified =
      data.format === REPORT_FORMAT ? verifiedExport(scenario, data, { tr }) : verifiedReport(scenario, data, { tr });
    if (verified.ok) {
      reports.push({ source: name, report: verified.report });
      // An edited export is shown as its save replays; say so where a comparison shows it too.
      const edited = verified.report.warnings.find((w) => w.startsWith(editedExport(tr)));
      if (edited) problems.push(`${name}: ${edited}`);
      if (scenario) scenarios.set(name, scenario);
    } else if (verified.unverified === undefined) problems.push(`${name}: ${verified.error}.`);
    else {
      unverified.push({ ...verified.unverified, source: name });
      problems.push(
        t(scenario ? 'viewer.page.problem' : 'viewer.page.problemNoScenario', { file: name, problem: unverifiedMessage(verified.unverified, tr) }),
      );
    }
  }
  return { reports, scenarios, problems, unverified, signatures };
}

function start(root: HTMLElement): void {
  const status = h('div', {
    class: 'crd-page__status',
    attrs: { role: 'status', 'aria-live': 'polite' },
  });
  const output = h('div', { class: 'crd-page__output' });
  const chooser = filePicker({
    id: 'crd-files',
    label: t('viewer.page.open'),
    accept: '.json,.yaml,.yml,application/json',
    multiple: true,
    buttonClass: 'crd-page__open',
    onFiles: (files) => void open(files),
  });
  const picker = h(
    'section',
    { class: 'crd-page__picker', attrs: { 'aria-labelledby': 'crd-page-title' } },
    h('p', { class: 'crd-page__eyebrow' }, t('viewer.page.eyebrow')),
    h('h1', { attrs: { id: 'crd-page-title' } }, t('viewer.page.title')),
    h(
      'p',
      null,
      t('viewer.page.lead'),
    ),
    h('div', { class: 'crd-page__drop' }, chooser.button, chooser.input),
  );
  root.replaceChildren(picker, status, output);

  const show = async (files: readonly File[]): Promise<void> => {
    const { reports, scenarios, problems, unverified, signatures } = await readFiles(files);
    output.replaceChildren();
    const messages = [...problems];
    if (reports.length === 1) {
      const only = reports[0] as NamedReport;
      const scenario = scenarios.get(only.source);
      mountReport(output, only.report, scenario ? { scenario } : {});
    } else if (reports.length > 1) {
      const result = compareReports(reports, unverified, reportTranslator());
      if (!result.ok) messages.push(t('viewer.page.cannotCompare', { message: result.message }));
      else {
        mountComparison(output, result.comparison);
        output.append(reportLinks(output, reports, scenarios));
      }
    }
    status.replaceChildren(...messages.map((m) => h('p', { class: 'crd-page__problem' }, m)));
    if (messages.length === 0)
      status.textContent =
        reports.length === 0
          ? t('viewer.page.nothing')
          : reports.length === 1
            ? t('viewer.page.ready')
            : t('viewer.page.comparing', { count: reports.length });
    status.append(
      ...signatures.map((s) => h('p', { class: s.matches ? 'crd-page__signature' : 'crd-page__problem' }, s.text)),
    );
    output.querySelector<HTMLElement>('h1')?.focus();
  };
  const open = async (files: readonly File[]): Promise<void> => {
    if (files.length === 0) return;
    status.textContent = t('viewer.page.reading', { count: files.length });
    try {
      await show(files);
    } catch (error) {
      // Never left on "Reading…": whatever went wrong is said.
      output.replaceChildren();
      const detail = error instanceof Error ? error.message : String(error);
      status.replaceChildren(
        h('p', { class: 'crd-page__problem' }, t('viewer.page.failed', { detail: detail.slice(0, 200) })),
      );
    }
  };
  document.addEventListener('dragover', (event) => event.preventDefault());
  document.addEventListener('drop', (event) => {
    event.preventDefault();
    void open([...(event.dataTransfer?.files ?? [])]);
  });
}

/** Under a comparison: open any one team's full report. */
function reportLinks(
  output: HTMLElement,
  reports: readonly NamedReport[],
  scenarios: Map<string, Scenario>,
): HTMLElement {
  const show = (r: NamedReport): void => {
    const scenario = scenarios.get(r.source);
    mountReport(output, r.report as DebriefReport, scenario ? { scenario } : {});
    output.querySelector<HTMLElement>('h1')?.focus();
  };
  return h(
    'nav',
    { class: 'crd-page__reports crd-no-print', attrs: { 'aria-label': t('viewer.page.eachTeam') } },
    h('h2', null, t('viewer.page.eachTeam')),
    h(
      'ul',
      null,
      ...reports.map((r) =>
        h(
          'li',
          null,
          h(
            'button',
            {
              class: 'crd-btn crd-btn--quiet',
              attrs: { type: 'button' },
              on: { click: () => show(r) },
            },
            t('viewer.page.openReport', { team: r.report.overview.team || r.source }),
          ),
        ),
      ),
    ),
  );
}

const root = document.getElementById('debrief');
// The page opens in the remembered language (or ?lang=, or the browser's) before it draws anything.
const opening: { text: string }[] = [];
await settleLanguage(new URLSearchParams(location.search).get('lang'), opening);
document.title = t('viewer.page.title');
if (root) {
  start(root);
  for (const message of opening) root.prepend(h('p', { class: 'crd-page__problem', attrs: { role: 'alert' } }, message.text));
}
