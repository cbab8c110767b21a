/**
 * debrief.html: open a session save (with its scenario, shipped or opened alongside) or one or
 * more debrief JSON exports. One file gives its report; several give a team comparison. Files
 * are read in the browser and never leave the machine.
 */
import { compareReports, type DebriefReport, type NamedReport } from '../../debrief/index';
import { readReport, REPORT_FORMAT, buildReport } from '../../debrief/index';
import { restore, SAVE_FORMAT, type SaveFile } from '../../engine/index';
import { loadScenario } from '../../scenario/index';
import type { Scenario } from '../../scenario/types';
import { findShipped } from '../catalog';
import { h } from '../dom/h';
import './page.css';
import { mountComparison, mountReport } from './index';

interface Loaded {
  readonly reports: NamedReport[];
  /** Scenario per report source, when known (for the best path). */
  readonly scenarios: Map<string, Scenario>;
  readonly problems: string[];
}

/** A shipped scenario by id: the same build-time-checked files the game plays. */
async function shippedScenario(id: string): Promise<Scenario | null> {
  return (await findShipped(id))?.scenario ?? null;
}

async function readFiles(files: readonly File[]): Promise<Loaded> {
  const problems: string[] = [];
  const opened: Scenario[] = [];
  const json: { name: string; data: Record<string, unknown>; text: string }[] = [];
  for (const file of files) {
    const text = await file.text();
    if (/\.ya?ml$/i.test(file.name)) {
      const { scenario, diagnostics } = loadScenario(text, { file: file.name });
      if (scenario) opened.push(scenario);
      else
        problems.push(
          `${file.name}: the scenario has errors (${diagnostics[0]?.message ?? 'unreadable'}); check it with crisis-room check.`,
        );
      continue;
    }
    try {
      const data: unknown = JSON.parse(text);
      if (typeof data !== 'object' || data === null || Array.isArray(data))
        throw new Error('not an object');
      json.push({ name: file.name, data: data as Record<string, unknown>, text });
    } catch {
      problems.push(`${file.name}: not JSON or YAML (is the file cut short?).`);
    }
  }
  const reports: NamedReport[] = [];
  const scenarios = new Map<string, Scenario>();
  for (const { name, data, text } of json) {
    if (data.format === REPORT_FORMAT) {
      const read = readReport(data);
      if (!read.ok) problems.push(`${name}: ${read.message}.`);
      else {
        reports.push({ source: name, report: read.report });
        const o = read.report.overview;
        const scenario =
          opened.find((s) => s.meta.id === o.scenarioId) ?? (await shippedScenario(o.scenarioId));
        if (scenario?.hash === o.hash) scenarios.set(name, scenario);
      }
      continue;
    }
    if (data.format !== SAVE_FORMAT) {
      problems.push(`${name}: not a Crisis Room save or debrief export.`);
      continue;
    }
    const id = (data.scenario as { id?: unknown } | undefined)?.id;
    const scenario =
      typeof id === 'string'
        ? (opened.find((s) => s.meta.id === id) ?? (await shippedScenario(id)))
        : null;
    if (!scenario) {
      problems.push(
        `${name}: its scenario "${String(id)}" is not shipped with this build; open the scenario's .yaml file together with the save.`,
      );
      continue;
    }
    const restored = restore(text, scenario);
    if (!restored.ok && restored.error.code !== 'changed-scenario') {
      problems.push(`${name}: ${restored.error.message}`);
      continue;
    }
    // A changed scenario still gives a report: the results are frozen in the save, with a warning.
    reports.push({ source: name, report: buildReport(scenario, data as unknown as SaveFile) });
    if (restored.ok) scenarios.set(name, scenario);
  }
  return { reports, scenarios, problems };
}

function start(root: HTMLElement): void {
  const status = h('div', {
    class: 'crd-page__status',
    attrs: { role: 'status', 'aria-live': 'polite' },
  });
  const output = h('div', { class: 'crd-page__output' });
  const input = h('input', {
    attrs: {
      type: 'file',
      id: 'crd-files',
      multiple: true,
      accept: '.json,.yaml,.yml,application/json',
    },
  });
  const picker = h(
    'section',
    { class: 'crd-page__picker', attrs: { 'aria-labelledby': 'crd-page-title' } },
    h('h1', { attrs: { id: 'crd-page-title' } }, 'Debrief viewer'),
    h(
      'p',
      null,
      'Open a session save to read its after-action report, or several teams\u2019 debrief exports (JSON) to compare them. A save of a scenario that does not ship with this build needs its .yaml file opened with it. Files are read on this computer; nothing is uploaded.',
    ),
    h(
      'label',
      { class: 'crd-page__label', attrs: { for: 'crd-files' } },
      'Open saves, exports or scenario files',
    ),
    input,
  );
  root.replaceChildren(picker, status, output);

  const open = async (files: readonly File[]): Promise<void> => {
    if (files.length === 0) return;
    status.textContent = `Reading ${files.length} file${files.length === 1 ? '' : 's'}\u2026`;
    const { reports, scenarios, problems } = await readFiles(files);
    output.replaceChildren();
    const messages = [...problems];
    if (reports.length === 1) {
      const only = reports[0] as NamedReport;
      const scenario = scenarios.get(only.source);
      mountReport(output, only.report, scenario ? { scenario } : {});
    } else if (reports.length > 1) {
      const result = compareReports(reports);
      if (!result.ok) messages.push(`These files cannot be compared: ${result.message}.`);
      else {
        mountComparison(output, result.comparison);
        output.append(reportLinks(output, reports, scenarios));
      }
    }
    status.replaceChildren(...messages.map((m) => h('p', { class: 'crd-page__problem' }, m)));
    if (messages.length === 0)
      status.textContent =
        reports.length === 1 ? 'Report ready.' : `Comparing ${reports.length} teams.`;
    output.querySelector<HTMLElement>('h1')?.focus();
  };
  input.addEventListener('change', () => void open([...(input.files ?? [])]));
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
    { class: 'crd-page__reports crd-no-print', attrs: { 'aria-label': 'Each team\u2019s report' } },
    h('h2', null, 'Each team\u2019s report'),
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
            `Open the report of ${r.report.overview.team || r.source}`,
          ),
        ),
      ),
    ),
  );
}

const root = document.getElementById('debrief');
if (root) start(root);
